package dev.reviewbot.cli.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.slf4j.event.Level;

/**
 * Where the command line's log lines go and which ones: warnings and errors only, or with
 * {@code --verbose} also reviewbot's own debug lines. Standard output is the report's (and the
 * GitHub Action's workflow commands'), so log lines always go to the error stream. Set for each run
 * by {@code Main}, before the command runs.
 */
public final class CliLogging {
  private static final String OWN = "dev.reviewbot";

  private static volatile PrintWriter sink = new PrintWriter(System.err, true);
  private static volatile boolean verbose;

  private CliLogging() {}

  /** Log lines go to {@code err} from now on, reviewbot's debug lines too when {@code verbose}. */
  public static void configure(PrintWriter err, boolean verbose) {
    routeJavaUtilLogging();
    CliLogging.sink = err;
    CliLogging.verbose = verbose;
  }

  /** Back to warnings on the process's standard error, as before any run. */
  public static void reset() {
    configure(new PrintWriter(System.err, true), false);
  }

  static boolean enabled(String logger, Level level) {
    boolean own = logger.equals(OWN) || logger.startsWith(OWN + ".");
    Level threshold = verbose && own ? Level.DEBUG : Level.WARN;
    return level.toInt() >= threshold.toInt();
  }

  /** One line, {@code [LEVEL] Class: message}, and the stack trace when there is one. */
  static void write(Level level, String logger, String message, Throwable thrown) {
    StringWriter line = new StringWriter();
    line.append('[').append(level.name()).append("] ").append(logger.substring(logger.lastIndexOf('.') + 1))
        .append(": ").append(message).append(System.lineSeparator());
    if (thrown != null) {
      thrown.printStackTrace(new PrintWriter(line));
    }
    PrintWriter out = sink;
    // one print per record, so lines from the analysis threads do not interleave
    out.print(line);
    out.flush();
  }

  /**
   * Libraries that log through java.util.logging (hub4j) would print to the process's standard
   * error through its console handler; they go through SLF4J and the levels above instead.
   */
  private static synchronized void routeJavaUtilLogging() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }
}
