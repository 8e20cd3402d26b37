package dev.reviewbot.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something the run could not do, e.g. a file that does not parse, or advice on an input it did
 * use. Shown in summaries; never a finding, never a crash.
 *
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param advisory {@code TRUE} for advice on an input the run did use, e.g. a suppression naming an
 *     unknown rule: the file was analyzed, so summaries list it apart from the files not analyzed
 *     and GitHub comments on it are still resolved when their findings are gone; {@code null}
 *     otherwise (never {@code FALSE}, so review bundles without the field read and write as before)
 */
public record Notice(
    String path,
    int line,
    int column,
    String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean advisory) {

  public Notice {
    advisory = Boolean.TRUE.equals(advisory) ? Boolean.TRUE : null;
  }

  /** Something the run could not do, e.g. a file it could not parse. */
  public Notice(String path, int line, int column, String message) {
    this(path, line, column, message, null);
  }

  /** True for advice on an input the run did use; see {@link #advisory}. */
  public boolean advisoryNotice() {
    return advisory != null;
  }

  @Override
  public String toString() {
    return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }
}
