package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.reviewbot.rules.internal.LocalNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a method's head version does with a null it no longer rejects by a check. */
final class NullHandling {
  /**
   * Calls that take null in their stride: {@code isEmpty(s)}, {@code Objects.toString(o, "")},
   * {@code requireNonNullElse}.
   */
  private static final Pattern NULL_SAFE =
      Pattern.compile(".*(null|empty|blank).*|equals|equalsignorecase");

  /** Calls that turn null into the text {@code "null"}. */
  private static final Set<String> TEXT =
      Set.of("String.valueOf", "Objects.toString", "String.format", "String.join");

  /** Calls that keep what they are given, null included. */
  private static final Set<String> STORING =
      Set.of(
          "put",
          "putIfAbsent",
          "add",
          "set",
          "offer",
          "push",
          "addFirst",
          "addLast",
          "append",
          "insert",
          "addElement",
          "setValue");

  private NullHandling() {}

  /**
   * The head decides what null means: compares the variable with null, tests it with {@code
   * instanceof}, hands it to a call named for null or emptiness, or to a method of its file that
   * compares its parameter with null.
   */
  static boolean handles(MethodBody head, String variable) {
    if (comparesWithNull(head.body(), variable)) {
      return true;
    }
    return head.body()
        .findFirst(
            MethodCallExpr.class,
            call -> {
              for (int i = 0; i < call.getArguments().size(); i++) {
                if (GuardRemovals.reads(call.getArgument(i), variable)
                    && (NULL_SAFE.matcher(call.getNameAsString().toLowerCase(Locale.ROOT)).matches()
                        || sameFileHandles(head, call, i))) {
                  return true;
                }
              }
              return false;
            })
        .isPresent();
  }

  private static boolean comparesWithNull(Node body, String variable) {
    return body.findFirst(
            Expression.class,
            n -> {
              if (n instanceof BinaryExpr b
                  && (b.getOperator() == BinaryExpr.Operator.EQUALS
                      || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
                return b.getLeft() instanceof NullLiteralExpr
                        && GuardRemovals.reads(b.getRight(), variable)
                    || b.getRight() instanceof NullLiteralExpr
                        && GuardRemovals.reads(b.getLeft(), variable);
              }
              return n instanceof InstanceOfExpr i
                  && GuardRemovals.reads(i.getExpression(), variable);
            })
        .isPresent();
  }

  /**
   * An unqualified call of a method of the same file that compares the parameter at {@code index}
   * with null.
   */
  private static boolean sameFileHandles(MethodBody head, MethodCallExpr call, int index) {
    if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
      return false;
    }
    return head.declaration().findCompilationUnit().stream()
        .flatMap(
            unit ->
                unit
                    .findAll(
                        MethodDeclaration.class,
                        m ->
                            m.getNameAsString().equals(call.getNameAsString())
                                && m.getParameters().size() == call.getArguments().size()
                                && m != head.declaration())
                    .stream())
        .anyMatch(
            m ->
                m.getBody().isPresent()
                    && comparesWithNull(
                        m.getBody().get(), m.getParameter(index).getNameAsString()));
  }

  /**
   * What becomes of a null on the head's straight path, the statements that run whatever the input;
   * most telling first.
   */
  enum Fate {
    /** Stored in a field or a collection, returned, or turned into text: null goes on unnoticed. */
    KEPT,
    /** First read in a branch or loop, or not at all: what happens depends on the path. */
    LATER,
    /** Passed to another method or constructor, which may reject it. */
    HANDED_ON,
    /** Compared with {@code ==} or {@code !=}: null is simply unequal. */
    COMPARED,
    /**
     * Dereferenced: it still fails with a {@code NullPointerException}, only without the check's
     * message.
     */
    FAILS
  }

  /**
   * What the head first does with the variable in code that always runs, and where (null for {@link
   * Fate#LATER}).
   */
  record Use(Fate fate, Node where) {}

  static Use fate(MethodBody head, String variable) {
    for (Statement statement : straightPath(head.body().getStatements())) {
      if (statement instanceof ForEachStmt each
          && GuardRemovals.isVariable(Guards.strip(each.getIterable()), variable)) {
        return new Use(Fate.FAILS, each.getIterable());
      }
      boolean straight =
          statement instanceof ExpressionStmt
              || statement instanceof ReturnStmt
              || statement instanceof ThrowStmt
              || statement instanceof ExplicitConstructorInvocationStmt;
      // a branch's condition always runs; its body may not
      Node always = straight ? statement : condition(statement);
      Use use = always == null ? null : use(always, variable);
      if (use != null) {
        return use;
      }
      if (!straight && (GuardRemovals.reads(statement, variable) || leaves(statement))
          || statement instanceof ReturnStmt
          || statement instanceof ThrowStmt) {
        return new Use(Fate.LATER, null);
      }
    }
    return new Use(Fate.LATER, null);
  }

  /** The expression a branch or loop always evaluates, if it has one. */
  private static Node condition(Statement statement) {
    return statement instanceof IfStmt s
        ? s.getCondition()
        : statement instanceof WhileStmt w
            ? w.getCondition()
            : statement instanceof SwitchStmt s
                ? s.getSelector()
                : statement instanceof ForEachStmt f ? f.getIterable() : null;
  }

  /** The statement may end the method or the loop it is in: what follows it may not run. */
  private static boolean leaves(Statement statement) {
    return statement
        .findFirst(
            Statement.class,
            s ->
                s instanceof ReturnStmt
                    || s instanceof ThrowStmt
                    || s instanceof BreakStmt
                    || s instanceof ContinueStmt)
        .isPresent();
  }

  /**
   * The statements that run in order, with the bodies of {@code try} and {@code synchronized}
   * blocks spelled out.
   */
  private static List<Statement> straightPath(List<Statement> statements) {
    List<Statement> path = new ArrayList<>();
    for (Statement statement : statements) {
      if (statement instanceof TryStmt t) {
        path.addAll(straightPath(t.getTryBlock().getStatements()));
        if (!t.getCatchClauses().isEmpty()) {
          path.add(t); // a catch may swallow what failed: the path ends here
          return path;
        }
      } else if (statement instanceof SynchronizedStmt s) {
        path.addAll(straightPath(s.getBody().getStatements()));
      } else if (statement instanceof BlockStmt b) {
        path.addAll(straightPath(b.getStatements()));
      } else {
        path.add(statement);
      }
    }
    return path;
  }

  /**
   * The strongest unconditional use of the variable under {@code root}, or null when it has none.
   */
  private static Use use(Node root, String variable) {
    List<Expression> reads =
        root.findAll(
            Expression.class, e -> GuardRemovals.isVariable(e, variable) && unconditional(e, root));
    Use best = null;
    for (Expression read : reads) {
      Expression outer = read;
      while (outer.getParentNode().orElse(null) instanceof Expression p
          && (p instanceof CastExpr || p instanceof EnclosedExpr)) {
        outer = p;
      }
      Node parent = outer.getParentNode().orElse(null);
      Use use;
      if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == outer
          || parent instanceof FieldAccessExpr access && access.getScope() == outer
          || parent instanceof ArrayAccessExpr array && array.getName() == outer) {
        return new Use(Fate.FAILS, parent);
      } else if (stores(outer, parent)) {
        use = new Use(Fate.KEPT, parent);
      } else if (parent instanceof MethodCallExpr
          || parent instanceof ObjectCreationExpr
          || parent instanceof ExplicitConstructorInvocationStmt) {
        use = new Use(Fate.HANDED_ON, parent);
      } else if (parent instanceof BinaryExpr b
          && (b.getOperator() == BinaryExpr.Operator.EQUALS
              || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
        use = new Use(Fate.COMPARED, parent);
      } else {
        continue;
      }
      if (best == null || use.fate().compareTo(best.fate()) < 0) {
        best = use;
      }
    }
    return best;
  }

  /** Into a field, a collection or a builder, out as the result, or into text. */
  private static boolean stores(Expression value, Node parent) {
    if (parent instanceof AssignExpr assign && assign.getValue() == value) {
      Expression target = assign.getTarget();
      return target instanceof FieldAccessExpr
          || target instanceof NameExpr n && !new LocalNames().isLocal(n, n.getNameAsString());
    }
    if (parent instanceof MethodCallExpr call
        && call.getArguments().contains(value)
        && (STORING.contains(call.getNameAsString())
            || TEXT.contains(
                call.getScope().map(Object::toString).orElse("") + "." + call.getNameAsString()))) {
      return true;
    }
    if (parent instanceof ReturnStmt) {
      return true;
    }
    return parent instanceof BinaryExpr b
        && b.getOperator() == BinaryExpr.Operator.PLUS
        && (b.getLeft() instanceof StringLiteralExpr || b.getRight() instanceof StringLiteralExpr);
  }

  /**
   * Evaluated whenever {@code root} is: not in a lambda, a branch of {@code ?:}, or the right of
   * {@code &&} or {@code ||}.
   */
  private static boolean unconditional(Node node, Node root) {
    Node child = node;
    for (Node parent = node.getParentNode().orElse(null);
        parent != null && child != root;
        parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof LambdaExpr
          || parent instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
          || parent instanceof ConditionalExpr c && c.getCondition() != child
          || parent instanceof BinaryExpr b
              && b.getRight() == child
              && (b.getOperator() == BinaryExpr.Operator.AND
                  || b.getOperator() == BinaryExpr.Operator.OR)) {
        return false;
      }
      child = parent;
    }
    return true;
  }
}
