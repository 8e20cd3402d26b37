package dev.reviewbot.github;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Everything logged through SLF4J (where reviewbot writes) and java.util.logging (where hub4j
 * writes) while open.
 */
final class LogCapture implements AutoCloseable {
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
  private final Level previous = root.getLevel();
  private final java.util.logging.Level julPrevious = julRoot.getLevel();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  LogCapture() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    // FINE (DEBUG here): hub4j logs each request there; FINEST would add whole response bodies and
    // slow every test
    julRoot.setLevel(java.util.logging.Level.FINE);
    root.setLevel(Level.DEBUG);
    events.start();
    root.addAppender(events);
  }

  List<ILoggingEvent> records() {
    synchronized (events.list) {
      return List.copyOf(events.list);
    }
  }

  /** Each event as it would be printed, stack trace included. */
  List<String> formatted() {
    return records().stream().map(LogCapture::format).toList();
  }

  /** Events at {@code level} or above, as printed. */
  List<String> formatted(Level level) {
    return records().stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(level))
        .map(LogCapture::format)
        .toList();
  }

  private static String format(ILoggingEvent event) {
    String line =
        event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
    return event.getThrowableProxy() == null
        ? line
        : line + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
  }

  @Override
  public void close() {
    root.detachAppender(events);
    events.stop();
    root.setLevel(previous);
    SLF4JBridgeHandler.uninstall();
    julRoot.setLevel(julPrevious);
  }
}
