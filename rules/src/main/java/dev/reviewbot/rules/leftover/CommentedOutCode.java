package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code in a comment run: the longest part of it that parses as Java ({@link JavaSnippets}), at
 * most {@link #MOST_TRIMMED} lines of prose dropped from either end. A run with prose in its middle
 * is not read as code: that is an explanation quoting code.
 *
 * @param firstLine first line of the code
 * @param lastLine last line of the code
 * @param lines the code's text lines
 * @param codeLines lines of the code that are not blank
 * @param explained prose above the code in the run: the author said something about it (prose below
 *     is more likely about the code that follows)
 * @param consoleOnly the code only prints to the console or prints a stack trace
 */
record CommentedOutCode(
    int firstLine,
    int lastLine,
    List<String> lines,
    int codeLines,
    boolean explained,
    boolean consoleOnly) {
  static final int MOST_TRIMMED = 3;

  /**
   * Longer runs are documents, not something commented out in passing; parsing them over and over
   * costs too much.
   */
  private static final int LONGEST_RUN = 400;

  private static final Pattern TRAILING_REMARK = Pattern.compile("\\s//.*$");

  CommentedOutCode {
    lines = List.copyOf(lines);
  }

  static Optional<CommentedOutCode> in(CommentRun run) {
    List<String> lines = run.lines();
    int start = 0;
    int end = lines.size();
    while (start < end && lines.get(start).isBlank()) {
      start++;
    }
    while (end > start && lines.get(end - 1).isBlank()) {
      end--;
    }
    if (end - start > LONGEST_RUN
        || lines.subList(start, end).stream().noneMatch(CommentedOutCode::endsLikeCode)) {
      return Optional.empty();
    }
    for (int trimmed = 0; trimmed <= 2 * MOST_TRIMMED && trimmed < end - start; trimmed++) {
      for (int lead = Math.max(0, trimmed - MOST_TRIMMED);
          lead <= Math.min(trimmed, MOST_TRIMMED);
          lead++) {
        int from = start + lead;
        int to = end - (trimmed - lead);
        if (lines.get(from).isBlank()
            || lines.get(to - 1).isBlank()
            || !endsLikeCode(lines.get(to - 1))) {
          continue;
        }
        Optional<Node> code =
            JavaSnippets.parse(String.join("\n", lines.subList(from, to)), run.place());
        if (code.isPresent()) {
          boolean explained = prose(lines.subList(start, from));
          int codeLines = (int) lines.subList(from, to).stream().filter(l -> !l.isBlank()).count();
          return Optional.of(
              new CommentedOutCode(
                  run.firstLine() + from,
                  run.firstLine() + to - 1,
                  lines.subList(from, to),
                  codeLines,
                  explained,
                  consoleOnly(code.get())));
        }
      }
    }
    return Optional.empty();
  }

  /** Ends with {@code ;}, <code>{</code> or <code>}</code>, a trailing {@code // remark} aside. */
  private static boolean endsLikeCode(String line) {
    String trimmed = TRAILING_REMARK.matcher(line).replaceFirst("").strip();
    return trimmed.endsWith(";") || trimmed.endsWith("}") || trimmed.endsWith("{");
  }

  private static boolean prose(List<String> lines) {
    return lines.stream().anyMatch(line -> line.chars().anyMatch(Character::isLetter));
  }

  /**
   * Debug output: every statement prints to {@code System.out}/{@code System.err} or prints a stack
   * trace, or is an {@code if} that only does that.
   */
  private static boolean consoleOnly(Node code) {
    return code instanceof BlockStmt block && printsOnly(block);
  }

  private static boolean printsOnly(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().isNonEmpty()
          && block.getStatements().stream().allMatch(CommentedOutCode::printsOnly);
    }
    if (statement instanceof IfStmt branch) {
      return printsOnly(branch.getThenStmt())
          && branch.getElseStmt().map(CommentedOutCode::printsOnly).orElse(true);
    }
    return statement instanceof ExpressionStmt expression
        && expression.getExpression() instanceof MethodCallExpr call
        && (call.getNameAsString().equals("printStackTrace")
            || call.getScope()
                .map(Node::toString)
                .filter(s -> s.equals("System.out") || s.equals("System.err"))
                .isPresent());
  }
}
