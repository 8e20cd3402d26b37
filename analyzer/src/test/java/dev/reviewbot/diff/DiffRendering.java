package dev.reviewbot.diff;

import java.util.List;

/**
 * A readable text form of parsed diffs for golden files: one line per file, one per hunk, one per
 * hunk line with its old and new numbers, its kind and its flags.
 *
 * <pre>
 * FILE MODIFIED old="A.java" new="A.java" modes=100644,100644 binary=false +1 -1
 * HUNK -8,7 +8,7 section="class A {"
 *     8     8   |  }
 *    11       - |    int a;
 *          11 + crlf,no-eol|    int b;
 * </pre>
 */
final class DiffRendering {
  private DiffRendering() {}

  static String render(List<FileDiff> files) {
    StringBuilder out = new StringBuilder();
    for (FileDiff file : files) {
      out.append(render(file));
    }
    return out.toString();
  }

  static String render(FileDiff file) {
    StringBuilder out = new StringBuilder();
    out.append("FILE ")
        .append(file.kind())
        .append(" old=")
        .append(quoted(file.oldPath()))
        .append(" new=")
        .append(quoted(file.newPath()))
        .append(" modes=")
        .append(file.oldMode())
        .append(',')
        .append(file.newMode())
        .append(" binary=")
        .append(file.binary())
        .append(" +")
        .append(file.addedLineCount())
        .append(" -")
        .append(file.removedLineCount())
        .append('\n');
    for (Hunk hunk : file.hunks()) {
      out.append("HUNK -")
          .append(hunk.oldStart())
          .append(',')
          .append(hunk.oldCount())
          .append(" +")
          .append(hunk.newStart())
          .append(',')
          .append(hunk.newCount())
          .append(" section=")
          .append(quoted(hunk.section()))
          .append('\n');
      for (DiffLine line : hunk.lines()) {
        out.append(
            String.format(
                "%5s %5s %s %-12s|%s%n",
                line.oldLine() == 0 ? "" : line.oldLine(),
                line.newLine() == 0 ? "" : line.newLine(),
                switch (line.kind()) {
                  case ADDED -> "+";
                  case REMOVED -> "-";
                  case CONTEXT -> " ";
                },
                flags(line),
                line.text()));
      }
    }
    return out.toString();
  }

  private static String flags(DiffLine line) {
    if (line.crlf() && line.noNewlineAtEnd()) {
      return "crlf,no-eol";
    }
    return line.crlf() ? "crlf" : line.noNewlineAtEnd() ? "no-eol" : "";
  }

  private static String quoted(String text) {
    if (text == null) {
      return "null";
    }
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + '"';
  }
}
