package dev.reviewbot.coverage.internal;

/** A coverage input that cannot be used; the message names the file and, when known, the line. */
public final class CoverageInputException extends Exception {
  private final String file;
  private final int line;
  private final int column;

  public CoverageInputException(String file, int line, int column, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
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
