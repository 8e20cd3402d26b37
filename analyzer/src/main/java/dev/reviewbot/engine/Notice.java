package dev.reviewbot.engine;

/**
 * Something the run could not do, e.g. a file that does not parse. Shown in summaries; never a
 * finding, never a crash.
 *
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record Notice(String path, int line, int column, String message) {
  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }
}
