package dev.reviewbot.cli;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.plugin.PluginException;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.suppress.BaselineException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Exit codes: each means one thing. */
public final class ExitCode {
  /** No shown finding at or above the fail level. */
  public static final int CLEAN = 0;
  /** At least one shown finding at or above the fail level. */
  public static final int FINDINGS = 1;
  /** Usage or input error: bad option, bad ref, bad config or baseline, not a git repository, unreadable file. */
  public static final int USAGE = 2;

  private ExitCode() {}

  static int forException(Throwable e) {
    return USAGE;
  }

  /** One line naming the problem; a stack trace only for what looks like a bug. */
  static String describe(Throwable e) {
    if (e instanceof UserError || e instanceof ConfigException || e instanceof ChangeSourceException
        || e instanceof DiffParseException || e instanceof IllegalArgumentException || e instanceof PluginException
        || e instanceof IOException || e instanceof UncheckedIOException || e instanceof BaselineException) {
      return e.getMessage();
    }
    StringBuilder text = new StringBuilder("internal error: ").append(e);
    for (StackTraceElement frame : e.getStackTrace()) {
      text.append("\n    at ").append(frame);
    }
    return text.toString();
  }
}
