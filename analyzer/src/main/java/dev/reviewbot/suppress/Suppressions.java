package dev.reviewbot.suppress;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.reviewbot.api.LineRange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppressions of one file:
 * <ul>
 *   <li>{@code @SuppressWarnings("reviewbot:<rule-id>")} on a declaration silences that rule inside
 *       it; {@code @SuppressWarnings("reviewbot")} silences every rule;
 *   <li>a trailing {@code // reviewbot:ignore <rule-id> [<rule-id>...]} comment silences those
 *       rules on its line (no id: every rule).
 * </ul>
 */
public final class Suppressions {
  private static final String ALL = "*";
  private static final String PREFIX = "reviewbot";
  private final Map<Integer, Set<String>> ignoredByLine;

  private Suppressions(Map<Integer, Set<String>> ignoredByLine) {
    this.ignoredByLine = ignoredByLine;
  }

  public static Suppressions of(CompilationUnit unit) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    for (Comment comment : unit.getAllContainedComments()) {
      String text = comment.getContent().trim();
      if (!comment.isLineComment() || !text.startsWith(PREFIX + ":ignore")) {
        continue;
      }
      String rest = text.substring((PREFIX + ":ignore").length()).trim();
      Set<String> ids = new HashSet<>();
      if (rest.isEmpty()) {
        ids.add(ALL);
      } else {
        ids.addAll(List.of(rest.split("[\\s,]+")));
      }
      comment.getBegin().ifPresent(p -> byLine.computeIfAbsent(p.line, k -> new HashSet<>()).addAll(ids));
    }
    return new Suppressions(byLine);
  }

  /** True if a finding of {@code ruleId} on {@code node} and/or {@code lines} is suppressed. */
  public boolean isSuppressed(String ruleId, Node node, LineRange lines) {
    if (lines != null && lineIgnores(ruleId, lines)) {
      return true;
    }
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof NodeWithAnnotations<?> annotated && suppresses(annotated, ruleId)) {
        return true;
      }
    }
    return false;
  }

  private boolean lineIgnores(String ruleId, LineRange lines) {
    for (int line = lines.start(); line <= lines.end(); line++) {
      Set<String> ids = ignoredByLine.get(line);
      if (ids != null && (ids.contains(ALL) || ids.contains(ruleId))) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppresses(NodeWithAnnotations<?> annotated, String ruleId) {
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      String name = annotation.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
        continue;
      }
      for (String value : values(annotation)) {
        if (value.equals(PREFIX) || value.equals(PREFIX + ":" + ruleId)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> values(AnnotationExpr annotation) {
    Expression value;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
          .map(p -> p.getValue()).findFirst().orElse(null);
    } else {
      return List.of();
    }
    if (value instanceof StringLiteralExpr literal) {
      return List.of(literal.getValue());
    }
    if (value instanceof ArrayInitializerExpr array) {
      return array.getValues().stream().filter(Expression::isStringLiteralExpr)
          .map(e -> e.asStringLiteralExpr().getValue()).toList();
    }
    return List.of();
  }
}
