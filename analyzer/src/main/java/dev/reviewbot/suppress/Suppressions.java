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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppressions of one file:
 *
 * <ul>
 *   <li>{@code @SuppressWarnings("reviewbot:<rule-id>")} on a declaration silences that rule inside
 *       it; {@code @SuppressWarnings("reviewbot")} silences every rule;
 *   <li>a trailing {@code // reviewbot:ignore <rule-id> [<rule-id>...]} comment silences those
 *       rules on its line (no id: every rule); a reason may follow after {@code --} or {@code //}.
 * </ul>
 */
public final class Suppressions {
  private static final String ALL = "*";
  private static final String PREFIX = "reviewbot";
  private final Map<Integer, Set<String>> ignoredByLine;
  private final List<NamedRule> named;

  private Suppressions(Map<Integer, Set<String>> ignoredByLine, List<NamedRule> named) {
    this.ignoredByLine = ignoredByLine;
    this.named = named;
  }

  /**
   * A rule id a suppression names, where it names it.
   *
   * @param line 1-based line of the annotation or comment
   * @param form {@code @SuppressWarnings} or {@code // reviewbot:ignore}, for messages
   */
  public record NamedRule(String ruleId, int line, String form) {}

  public static Suppressions of(CompilationUnit unit) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    List<NamedRule> named = new ArrayList<>();
    for (Comment comment : unit.getAllContainedComments()) {
      String text = comment.getContent().trim();
      if (!comment.isLineComment() || !text.startsWith(PREFIX + ":ignore")) {
        continue;
      }
      String rest = withoutReason(text.substring((PREFIX + ":ignore").length()));
      Set<String> ids = new HashSet<>();
      if (rest.isEmpty()) {
        ids.add(ALL);
      } else {
        ids.addAll(List.of(rest.split("[\\s,]+")));
      }
      int line = comment.getBegin().map(p -> p.line).orElse(0);
      byLine.computeIfAbsent(line, k -> new HashSet<>()).addAll(ids);
      ids.stream()
          .filter(id -> !id.equals(ALL))
          .sorted()
          .forEach(id -> named.add(new NamedRule(id, line, "// reviewbot:ignore")));
    }
    for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
      if (isSuppressWarnings(annotation)) {
        int line = annotation.getBegin().map(p -> p.line).orElse(0);
        values(annotation).stream()
            .filter(v -> v.startsWith(PREFIX + ":"))
            .forEach(
                v ->
                    named.add(
                        new NamedRule(
                            v.substring(PREFIX.length() + 1), line, "@SuppressWarnings")));
      }
    }
    named.sort(Comparator.comparingInt(NamedRule::line).thenComparing(NamedRule::ruleId));
    return new Suppressions(byLine, List.copyOf(named));
  }

  /**
   * The rule ids of an ignore comment without the reason that may follow them after {@code //} or
   * {@code --}, e.g. {@code hard-to-follow // generated}: the reason names no rules.
   */
  private static String withoutReason(String ids) {
    String result = ids;
    for (String marker : List.of("//", "--")) {
      int at = result.indexOf(marker);
      if (at >= 0) {
        result = result.substring(0, at);
      }
    }
    return result.trim();
  }

  /**
   * Every rule id the file's suppressions name, by line: those of no known rule suppress nothing.
   */
  public List<NamedRule> namedRules() {
    return named;
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
      if (!isSuppressWarnings(annotation)) {
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

  private static boolean isSuppressWarnings(AnnotationExpr annotation) {
    String name = annotation.getNameAsString();
    return name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings");
  }

  private static List<String> values(AnnotationExpr annotation) {
    Expression value;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value =
          normal.getPairs().stream()
              .filter(p -> p.getNameAsString().equals("value"))
              .map(p -> p.getValue())
              .findFirst()
              .orElse(null);
    } else {
      return List.of();
    }
    if (value instanceof StringLiteralExpr literal) {
      return List.of(literal.getValue());
    }
    if (value instanceof ArrayInitializerExpr array) {
      return array.getValues().stream()
          .filter(Expression::isStringLiteralExpr)
          .map(e -> e.asStringLiteralExpr().getValue())
          .toList();
    }
    return List.of();
  }
}
