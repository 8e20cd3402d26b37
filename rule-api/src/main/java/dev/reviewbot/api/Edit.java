package dev.reviewbot.api;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import java.util.Objects;

/**
 * One change to a file's head version, part of a {@link Fix}. Positions are JavaParser's: lines and
 * columns from 1, a tab counting as one column. Text outside an edit is left exactly as it is:
 * formatting, comments and line endings. A {@code \n} in replacement text is written as the file's
 * own line ending.
 */
@Experimental
public sealed interface Edit permits Edit.Replace, Edit.AddImport {

  /**
   * Replaces the text from {@code line:column} (inclusive) to {@code endLine:endColumn} (exclusive)
   * with {@code text}; equal positions insert, empty text deletes.
   */
  @Experimental
  record Replace(int line, int column, int endLine, int endColumn, String text) implements Edit {
    public Replace {
      Objects.requireNonNull(text, "text");
      if (line < 1 || column < 1 || endLine < line || endLine == line && endColumn < column) {
        throw new IllegalArgumentException(
            "bad range " + line + ":" + column + "-" + endLine + ":" + endColumn);
      }
    }
  }

  /**
   * Adds {@code import name;} after the file's imports, unless the file already imports it (by name
   * or by a wildcard on its package) or the type is in {@code java.lang}.
   */
  @Experimental
  record AddImport(String name) implements Edit {
    public AddImport {
      Objects.requireNonNull(name, "name");
      if (!name.contains(".") || name.endsWith(".") || name.contains(" ")) {
        throw new IllegalArgumentException("not a qualified type name: " + name);
      }
    }
  }

  /** Replaces {@code node}'s source text with {@code text}. */
  static Edit replace(Node node, String text) {
    Range range = rangeOf(node);
    return new Replace(
        range.begin.line, range.begin.column, range.end.line, range.end.column + 1, text);
  }

  /** Inserts {@code text} just before {@code node}. */
  static Edit insertBefore(Node node, String text) {
    Range range = rangeOf(node);
    return new Replace(
        range.begin.line, range.begin.column, range.begin.line, range.begin.column, text);
  }

  /** Inserts {@code text} just after {@code node}. */
  static Edit insertAfter(Node node, String text) {
    Range range = rangeOf(node);
    return new Replace(
        range.end.line, range.end.column + 1, range.end.line, range.end.column + 1, text);
  }

  /** Imports the type {@code qualifiedName}; see {@link AddImport}. */
  static Edit addImport(String qualifiedName) {
    return new AddImport(qualifiedName);
  }

  private static Range rangeOf(Node node) {
    return node.getRange()
        .orElseThrow(() -> new IllegalArgumentException("node has no source range: " + node));
  }
}
