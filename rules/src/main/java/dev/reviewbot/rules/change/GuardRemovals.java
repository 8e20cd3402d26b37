package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Declarations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The guards of a method's base version that its head version neither makes nor replaces. A guard
 * is still there when the head has the same check, another check of the same variable (a reworded
 * message, {@code if (x == null) throw} turned into {@code requireNonNull(x)}), handles the case
 * itself ({@code x == null ? ... : ...}, the same comparison in another branch, a clamp), hands the
 * variable on to code that checks it ({@link HandedOn}), when the guard moved into a method the
 * change added it to, or when the parameter is gone, became a primitive or is now annotated
 * non-null. A null check is also kept when the head dereferences the value first thing.
 */
final class GuardRemovals {
  /** Guards, as written, that the change added to methods: where a removed guard may have moved. */
  private final Map<String, Integer> added;

  private final HandedOn handedOn;

  private GuardRemovals(Map<String, Integer> added, HandedOn handedOn) {
    this.added = added;
    this.handedOn = handedOn;
  }

  /**
   * @param pairs each head method of the change with its base, {@code null} for a new one
   * @param heads the head versions of the change's files
   */
  static GuardRemovals of(List<MemberPairing.Pair> pairs, List<CompilationUnit> heads) {
    Map<String, Integer> added = new HashMap<>();
    for (MemberPairing.Pair pair : pairs) {
      if (pair.base() != null && pair.base().content().equals(pair.head().content())) {
        continue;
      }
      Optional<MethodBody> head = body(pair.head());
      if (head.isPresent()) {
        Map<String, Integer> before = new HashMap<>();
        Optional.ofNullable(pair.base())
            .flatMap(GuardRemovals::body)
            .ifPresent(
                base -> Guards.of(base).forEach(g -> before.merge(g.written(), 1, Integer::sum)));
        for (Guard g : Guards.of(head.get())) {
          if (before.merge(g.written(), -1, Integer::sum) < 0) {
            added.merge(g.written(), 1, Integer::sum);
          }
        }
      }
    }
    return new GuardRemovals(added, new HandedOn(heads));
  }

  /** The member's body, if it is a method or constructor with one. */
  static Optional<MethodBody> body(MemberText member) {
    return member.member().kind() == Member.Kind.METHOD
        ? Optional.ofNullable(member.member().declaration()).flatMap(MethodBody::of)
        : Optional.empty();
  }

  /**
   * A guard the head no longer makes.
   *
   * @param guard the base's guard
   * @param use for a null check, what the head first does with the null it lets through; else null
   */
  record Removal(Guard guard, NullHandling.Use use) {}

  List<Removal> removed(MethodBody base, MethodBody head) {
    List<Guard> before = Guards.of(base);
    if (before.isEmpty()) {
      return List.of();
    }
    List<Guard> after = Guards.of(head);
    Map<String, Integer> unmatched = new HashMap<>();
    after.forEach(g -> unmatched.merge(g.text(), 1, Integer::sum));
    List<Guard> candidates = new ArrayList<>();
    for (Guard guard : before) {
      if (unmatched.getOrDefault(guard.text(), 0) > 0) {
        unmatched.merge(guard.text(), -1, Integer::sum);
      } else {
        candidates.add(guard);
      }
    }
    // a head check that repeats a base one stands for that one; the others may stand for any
    List<Guard> replacements = new ArrayList<>();
    for (Guard g : after) {
      if (unmatched.getOrDefault(g.text(), 0) > 0) {
        unmatched.merge(g.text(), -1, Integer::sum);
        replacements.add(g);
      }
    }
    // what the head's if-throws and checks do when they fail, less what the base's unchanged guards
    // do
    Map<String, Integer> outcomes = new HashMap<>();
    Guards.outcomes(head).forEach(o -> outcomes.merge(o, 1, Integer::sum));
    before.stream()
        .filter(g -> !candidates.contains(g))
        .map(g -> Guards.outcome(g.node()))
        .filter(o -> o != null)
        .forEach(o -> outcomes.merge(o, -1, Integer::sum));
    List<Removal> removed = new ArrayList<>();
    for (Guard guard : candidates) {
      String outcome = Guards.outcome(guard.node());
      boolean edited =
          outcome != null
              && outcomes.getOrDefault(outcome, 0) > 0; // the same check, its test edited
      if (!edited
          && added.getOrDefault(guard.written(), 0) == 0
          && !stillChecked(guard, base, head, after, replacements)) {
        removed.add(new Removal(guard, guard.nullCheck() ? nullUse(guard, base, head) : null));
      }
    }
    return removed;
  }

  /** The most telling use of the null the head lets through, over the guard's variables. */
  private static NullHandling.Use nullUse(Guard guard, MethodBody base, MethodBody head) {
    NullHandling.Use worst = null;
    for (String variable : guard.variables()) {
      NullHandling.Use use =
          NullHandling.fate(head, headName(variable, base, head).orElse(variable));
      if (worst == null || use.fate().compareTo(worst.fate()) < 0) {
        worst = use;
      }
    }
    return worst;
  }

  /**
   * @param after the head's checks: for a null check any check of the variable stands for it (it
   *     reads the value)
   * @param replacements the head's checks that repeat none of the base's: one of the same variable,
   *     or with the same outcome (the same check with its condition edited), stands for any guard
   */
  private boolean stillChecked(
      Guard guard, MethodBody base, MethodBody head, List<Guard> after, List<Guard> replacements) {
    List<Guard> others = guard.nullCheck() ? after : replacements;
    if (guard
        .variables()
        .isEmpty()) { // a state check such as ensureOpen(): kept if still called, or another one is
      String name = ((MethodCallExpr) guard.node()).getNameAsString();
      return head.body()
              .findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals(name))
              .isPresent()
          || others.stream().anyMatch(g -> g.variables().isEmpty());
    }
    List<String> variables = new ArrayList<>();
    for (String variable : guard.variables()) {
      Optional<String> now = headName(variable, base, head);
      if (now.isEmpty()
          || guard.nullCheck() && nonNullParameter(head, now.get())
          || fieldRetyped(variable, base, head)) {
        return true; // the parameter is gone or can no longer be null, or the field is another
        // thing now
      }
      variables.add(now.get());
    }
    if (others.stream().anyMatch(g -> g.variables().stream().anyMatch(variables::contains))) {
      return true;
    }
    if (guard.nullCheck()
        && (variables.stream().anyMatch(v -> NullHandling.handles(head, v))
            || variables.stream()
                .allMatch(v -> NullHandling.fate(head, v).fate() == NullHandling.Fate.FAILS))) {
      return true;
    }
    if (sameConditionHandled(guard, base, head)
        || !guard.nullCheck() && variables.stream().anyMatch(v -> clamped(head, v))) {
      return true;
    }
    return variables.stream()
        .anyMatch(v -> handedOn.handsOn(base, head, v) || handedOn.checkedByCaller(head, v));
  }

  /**
   * The variable's name in the head: the parameter of the same name, else, when the parameters kept
   * their number, the one at the same position if it kept its type (a rename); a field as it was.
   * Empty when the parameter is gone.
   */
  private static Optional<String> headName(String variable, MethodBody base, MethodBody head) {
    int index = base.parameterIndex(variable);
    if (index < 0) {
      return head.parameterIndex(variable) >= 0 ? Optional.empty() : Optional.of(variable);
    }
    if (head.parameterIndex(variable) >= 0) {
      return Optional.of(variable);
    }
    if (base.parameters().size() == head.parameters().size()
        && head.parameters()
            .get(index)
            .getType()
            .asString()
            .equals(base.parameters().get(index).getType().asString())) {
      return Optional.of(head.parameters().get(index).getNameAsString());
    }
    return Optional.empty();
  }

  /**
   * A field (not a parameter) of the method's type whose declared type changed, or that is gone.
   */
  private static boolean fieldRetyped(String variable, MethodBody base, MethodBody head) {
    if (base.parameterIndex(variable) >= 0) {
      return false;
    }
    Optional<String> before = fieldType(base, variable);
    return before.isPresent() && !before.equals(fieldType(head, variable));
  }

  private static Optional<String> fieldType(MethodBody method, String field) {
    return Declarations.enclosingType(method.declaration())
        .flatMap(type -> type.getFieldByName(field))
        .map(declaration -> declaration.getVariable(0).getType().asString());
  }

  private static boolean nonNullParameter(MethodBody head, String name) {
    int index = head.parameterIndex(name);
    if (index < 0) {
      return false;
    }
    Parameter parameter = head.parameters().get(index);
    return parameter.getType() instanceof PrimitiveType && !parameter.isVarArgs()
        || parameter.getAnnotations().stream().anyMatch(GuardRemovals::nonNull)
        || parameter.getType().getAnnotations().stream().anyMatch(GuardRemovals::nonNull);
  }

  private static boolean nonNull(AnnotationExpr annotation) {
    String name = annotation.getName().getIdentifier().toLowerCase(Locale.ROOT);
    return name.equals("nonnull") || name.equals("notnull");
  }

  /**
   * A comparison or test the guard's condition made ({@code offset < 0}, {@code s.isEmpty()},
   * {@code closed}) still decides a branch in the head: the case is handled, if differently.
   */
  private static boolean sameConditionHandled(Guard guard, MethodBody base, MethodBody head) {
    if (!(guard.node() instanceof IfStmt s)) {
      return false;
    }
    List<String> tests =
        parts(s.getCondition()).stream().map(part -> Guards.text(part, base)).toList();
    return head.body()
        .findFirst(
            Expression.class,
            e ->
                isCondition(e)
                    && parts(e).stream().anyMatch(p -> tests.contains(Guards.text(p, head))))
        .isPresent();
  }

  /**
   * The head bounds the variable with {@code Math.max} or {@code Math.min}: out-of-range values
   * have an answer.
   */
  private static boolean clamped(MethodBody head, String variable) {
    return head.body()
        .findFirst(
            MethodCallExpr.class,
            call ->
                (call.getNameAsString().equals("max") || call.getNameAsString().equals("min"))
                    && call.getArguments().stream().anyMatch(a -> reads(a, variable)))
        .isPresent();
  }

  /** The operands of {@code &&} and {@code ||} chains, without {@code !} and parentheses. */
  private static List<Expression> parts(Expression condition) {
    Expression c = Guards.strip(condition);
    if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return parts(u.getExpression());
    }
    if (c instanceof BinaryExpr b
        && (b.getOperator() == BinaryExpr.Operator.OR
            || b.getOperator() == BinaryExpr.Operator.AND)) {
      List<Expression> all = new ArrayList<>(parts(b.getLeft()));
      all.addAll(parts(b.getRight()));
      return all;
    }
    return List.of(c);
  }

  private static boolean isCondition(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    return parent instanceof IfStmt s && s.getCondition() == e
        || parent instanceof WhileStmt w && w.getCondition() == e
        || parent instanceof DoStmt d && d.getCondition() == e
        || parent instanceof ConditionalExpr c && c.getCondition() == e
        || parent instanceof MethodCallExpr call && Guards.isCheckName(call.getNameAsString());
  }

  /** The variable itself: its name, or {@code this.name}. */
  static boolean isVariable(Expression e, String variable) {
    return e instanceof NameExpr n && n.getNameAsString().equals(variable)
        || e instanceof FieldAccessExpr f
            && f.getScope() instanceof ThisExpr
            && f.getNameAsString().equals(variable);
  }

  /** True if the code under {@code root} reads the variable, outside lambdas in it. */
  static boolean reads(Node root, String variable) {
    return root.findFirst(
            Expression.class,
            e ->
                isVariable(e, variable)
                    && Ancestors.nearest(e, LambdaExpr.class).filter(root::isAncestorOf).isEmpty())
        .isPresent();
  }
}
