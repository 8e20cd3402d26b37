package dev.reviewbot.cli.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.slf4j.event.Level;

/**
 * Where the command line's log lines go and which ones: warnings and errors only, or with {@code
 * --verbose} also reviewbot's own debug lines. Standard output is the report's (and the GitHub
 * Action's workflow commands'), so log lines always go to the error stream. Set for each run by
 * {@code Main}, before the command runs.
 */
public final class CliLogging {
  private static final String OWN = "dev.reviewbot";

  /**
   * Global because SLF4J hands out loggers statically; swapped whole, once per run, so a line never
   * mixes two runs.
   */
  private static final AtomicReference<Target> TARGET =
      new AtomicReference<>(new Target(new PrintWriter(System.err, true), false));

  private record Target(PrintWriter err, boolean verbose) {}

  private CliLogging() {}

  /** Warnings and errors go to {@code err} from now on. */
  public static void quiet(PrintWriter err) {
    set(new Target(err, false));
  }

  /** Reviewbot's debug lines go to {@code err} too from now on ({@code --verbose}). */
  public static void verbose(PrintWriter err) {
    set(new Target(err, true));
  }

  /** Back to warnings on the process's standard error, as before any run. */
  public static void reset() {
    quiet(new PrintWriter(System.err, true));
  }

  private static void set(Target target) {
    routeJavaUtilLogging();
    TARGET.set(target);
  }

  static boolean enabled(String logger, Level level) {
    boolean own = logger.equals(OWN) || logger.startsWith(OWN + ".");
    Level threshold = TARGET.get().verbose() && own ? Level.DEBUG : Level.WARN;
    return level.toInt() >= threshold.toInt();
  }

  /** One line, {@code [LEVEL] Class: message}, and the stack trace when there is one. */
  static void write(Level level, String logger, String message, Throwable thrown) {
    StringWriter line = new StringWriter();
    line.append('[')
        .append(level.name())
        .append("] ")
        .append(logger.substring(logger.lastIndexOf('.') + 1))
        .append(": ")
        .append(message)
        .append(System.lineSeparator());
    if (thrown != null) {
      thrown.printStackTrace(new PrintWriter(line));
    }
    PrintWriter out = TARGET.get().err();
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
