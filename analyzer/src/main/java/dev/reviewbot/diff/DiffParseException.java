package dev.reviewbot.diff;

/**
 * A diff that does not follow the unified diff format. The message names the 1-based line of the
 * input where parsing stopped and what was expected there.
 */
public final class DiffParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public DiffParseException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  private DiffParseException(String source, DiffParseException cause) {
    super(source + ": " + cause.getMessage(), cause);
    this.line = cause.line;
  }

  /** The 1-based line of the input at which parsing stopped. */
  public int line() {
    return line;
  }

  /** The same error, prefixed with where the input came from (e.g. a file path). */
  public DiffParseException in(String source) {
    return new DiffParseException(source, this);
  }
}
