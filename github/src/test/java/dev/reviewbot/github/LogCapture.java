package dev.reviewbot.github;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Everything logged through java.util.logging (where System.Logger and hub4j write) while open. */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger root = Logger.getLogger("");
  private final Level previous = root.getLevel();
  private final List<LogRecord> records = new ArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  LogCapture() {
    setLevel(Level.ALL);
    // FINE: hub4j logs each request there; FINEST would add whole response bodies and slow every test
    root.setLevel(Level.FINE);
    root.addHandler(this);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Each record as it would be printed, stack trace included. */
  synchronized List<String> formatted() {
    return records.stream().map(formatter::format).toList();
  }

  /** Records at {@code level} or above, as printed. */
  synchronized List<String> formatted(Level level) {
    return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).map(formatter::format).toList();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
    root.setLevel(previous);
  }
}
