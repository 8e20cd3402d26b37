package dev.reviewbot.coverage.internal;

/** A coverage input that cannot be used; the message names the file and, when known, the line. */
public final class CoverageInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final boolean missing;

  public CoverageInputException(
      String file, int line, int column, String message, Throwable cause) {
    this(file, line, column, message, cause, false);
  }

  private CoverageInputException(
      String file, int line, int column, String message, Throwable cause, boolean missing) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.missing = missing;
  }

  /**
   * The file is not there at all: a gate may be told to accept that, never a file it cannot read.
   */
  public static CoverageInputException missing(String file, String message, Throwable cause) {
    return new CoverageInputException(file, 0, 0, message, cause, true);
  }

  public boolean isMissing() {
    return missing;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
