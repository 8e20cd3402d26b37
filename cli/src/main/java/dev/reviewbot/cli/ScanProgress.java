package dev.reviewbot.cli;

import dev.reviewbot.engine.AnalysisProgress;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long {@code scan} on standard error ({@code scanning 120/800 files, 12s}), one line
 * rewritten in place and wiped at the end, so it never lands in a report. Only for a person at a
 * terminal: never in CI logs ({@code CI} set) or when output is piped or redirected.
 */
final class ScanProgress implements AnalysisProgress, AutoCloseable {
  /** A scan shorter than this shows nothing; then at most one redraw per interval. */
  static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final PrintWriter err;
  private final LongSupplier clock;
  private final boolean enabled;
  private final long start;
  private long lastShown;
  private int width;

  ScanProgress(PrintWriter err, LongSupplier clock, boolean enabled) {
    this.err = err;
    this.clock = clock;
    this.enabled = enabled;
    this.start = clock.getAsLong();
  }

  static ScanProgress forTerminal(PrintWriter err, Map<String, String> env) {
    return new ScanProgress(err, System::nanoTime, shows(Terminal.attached(), env));
  }

  /** On a terminal, outside CI (GitHub Actions, GitLab, Jenkins and most others set {@code CI}). */
  static boolean shows(boolean terminal, Map<String, String> env) {
    String ci = env.get("CI");
    return terminal && (ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"));
  }

  @Override
  public synchronized void filesDone(int done, int total) {
    long now = clock.getAsLong();
    boolean showing = width > 0;
    if (!enabled
        || now - start < QUIET_NANOS
        || (showing && done < total && now - lastShown < INTERVAL_NANOS)) {
      return;
    }
    lastShown = now;
    String line = "scanning " + done + "/" + total + " files, " + elapsed(now - start);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Wipes the line, so the report starts on a clean one. */
  @Override
  public synchronized void close() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  static String elapsed(long nanos) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
    return seconds < 60
        ? seconds + "s"
        : seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
  }
}
