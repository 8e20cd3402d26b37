package dev.reviewbot.cli;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.baseline.BaselineException;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.plugin.PluginException;
import dev.reviewbot.source.ChangeSourceException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Exit codes: each means one thing. */
public final class ExitCode {
  /** No shown finding at or above the fail level. */
  public static final int CLEAN = 0;

  /** At least one shown finding at or above the fail level. */
  public static final int FINDINGS = 1;

  /**
   * Usage or input error: bad option, bad ref, bad config or baseline, not a git repository,
   * unreadable file.
   */
  public static final int USAGE = 2;

  /**
   * A bug in reviewbot (or a plugin outside its rules): the message carries the stack trace to
   * report.
   */
  public static final int INTERNAL = 3;

  private ExitCode() {}

  static int forException(Throwable e) {
    return isUserError(e) ? USAGE : INTERNAL;
  }

  /** One line naming the problem; a stack trace only for what looks like a bug. */
  static String describe(Throwable e) {
    if (isUserError(e)) {
      return e.getMessage();
    }
    StringBuilder text = new StringBuilder("internal error: ").append(e);
    for (StackTraceElement frame : e.getStackTrace()) {
      text.append("\n    at ").append(frame);
    }
    return text.append("\nThis is a bug in reviewbot; please report it with the lines above.")
        .toString();
  }

  /**
   * Something the user can fix: input, configuration, the repository, the file system or GitHub
   * access.
   */
  private static boolean isUserError(Throwable e) {
    return e instanceof UserError
        || e instanceof ConfigException
        || e instanceof ChangeSourceException
        || e instanceof DiffParseException
        || e instanceof IllegalArgumentException
        || e instanceof PluginException
        || e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof BaselineException
        || e instanceof ActionException;
  }
}
