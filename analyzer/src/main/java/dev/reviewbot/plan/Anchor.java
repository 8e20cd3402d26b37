package dev.reviewbot.plan;

import java.util.Objects;

/**
 * Where an inline comment sits: head-version lines {@code startLine..line} of {@code path}. A
 * single-line comment has {@code startLine == line}.
 */
public record Anchor(String path, int startLine, int line) {
  public Anchor {
    Objects.requireNonNull(path, "path");
    if (startLine < 1 || line < startLine) {
      throw new IllegalArgumentException("bad anchor " + path + ":" + startLine + "-" + line);
    }
  }

  public static Anchor single(String path, int line) {
    return new Anchor(path, line, line);
  }

  public boolean isMultiLine() {
    return startLine < line;
  }

  @Override
  public String toString() {
    return path + ":" + (isMultiLine() ? startLine + "-" + line : Integer.toString(line));
  }
}
