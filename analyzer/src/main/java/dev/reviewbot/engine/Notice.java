package dev.reviewbot.engine;

/**
 * Something the run could not do, e.g. a file that does not parse. Shown in summaries; never a
 * finding, never a crash.
 *
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param advisory {@code true} for advice on an input the run did use, e.g. a suppression naming an
 *     unknown rule: the file was analyzed, so summaries list it apart from the files not analyzed
 *     and GitHub comments on it are still resolved when their findings are gone
 */
public record Notice(String path, int line, int column, String message, boolean advisory) {

  /** Something the run could not do, e.g. a file it could not parse. */
  public Notice(String path, int line, int column, String message) {
    this(path, line, column, message, false);
  }
  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }
}
