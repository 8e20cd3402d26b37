package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.LocalNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where else a check of a method's variable may now be made: in code the method hands it to (a
 * method or constructor of the change's files, looked up by name and number of arguments, two calls
 * deep, that checks the parameter it receives it as; {@code super(...)}, whose checks are out of
 * sight; a call named like a check; a body that became one call passing it on), or in the callers
 * of the change that check what they pass.
 */
final class HandedOn {
  /** JDK classes whose static methods convert or wrap a value rather than do the method's work. */
  private static final Set<String> JDK_TYPES =
      Set.of(
          "String",
          "Objects",
          "Integer",
          "Long",
          "Short",
          "Byte",
          "Double",
          "Float",
          "Boolean",
          "Character",
          "Math",
          "StrictMath",
          "Arrays",
          "Collections",
          "List",
          "Set",
          "Map",
          "Optional",
          "System",
          "Stream",
          "Files",
          "Paths",
          "Path",
          "BigInteger",
          "BigDecimal");

  private static final int DEPTH = 2;

  private final Map<String, List<CallableDeclaration<?>>> methods = new HashMap<>();
  private final Map<String, List<CallableDeclaration<?>>> constructors = new HashMap<>();
  private final List<CompilationUnit> units;
  private Map<String, List<Node>> calls;

  /**
   * @param units the head versions of the change's files
   */
  HandedOn(List<CompilationUnit> units) {
    this.units = units;
    for (CompilationUnit unit : units) {
      unit.findAll(MethodDeclaration.class)
          .forEach(
              m -> methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m));
      unit.findAll(ConstructorDeclaration.class)
          .forEach(
              c ->
                  constructors.computeIfAbsent(c.getNameAsString(), k -> new ArrayList<>()).add(c));
    }
  }

  boolean handsOn(MethodBody base, MethodBody head, String variable) {
    if (head.body()
        .findFirst(
            MethodCallExpr.class,
            call ->
                Guards.isCheckName(call.getNameAsString())
                    && call.getArguments().stream().anyMatch(a -> GuardRemovals.reads(a, variable)))
        .isPresent()) {
      return true;
    }
    if (head.body()
        .findFirst(
            ExplicitConstructorInvocationStmt.class,
            call ->
                !call.isThis()
                    && call.getArguments().stream().anyMatch(a -> GuardRemovals.reads(a, variable)))
        .isPresent()) {
      return true; // what super(...) checks is not in sight
    }
    Optional<Node> delegation = delegation(head);
    if (delegation
        .filter(
            call ->
                arguments(call).stream().anyMatch(a -> passes(a, variable)) && !madeBy(base, call))
        .isPresent()) {
      return true;
    }
    return checkedBy(head, variable, DEPTH);
  }

  /**
   * A caller in the change's files checks what it passes as the parameter: the check moved out to
   * the callers (a factory method that checks, then calls the constructor).
   */
  boolean checkedByCaller(MethodBody head, String parameter) {
    int index = head.parameterIndex(parameter);
    if (index < 0) {
      return false;
    }
    int arity = head.parameters().size();
    String callee = (head.declaration() instanceof MethodDeclaration ? "" : "new ") + head.name();
    for (Node call : calls().getOrDefault(callee, List.of())) {
      List<Expression> arguments = arguments(call);
      if (arguments.size() != arity) {
        continue;
      }
      Optional<MethodBody> caller =
          Ancestors.nearest(call, CallableDeclaration.class).flatMap(MethodBody::of);
      if (caller.isPresent() && caller.get().declaration() != head.declaration()) {
        Set<String> passed = Guards.variables(arguments.get(index), caller.get(), new LocalNames());
        if (Guards.of(caller.get()).stream()
            .anyMatch(g -> g.variables().stream().anyMatch(passed::contains))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The method calls and instance creations of the change's files by name ({@code new X} for a
   * creation), read once.
   */
  private Map<String, List<Node>> calls() {
    if (calls == null) {
      calls = new HashMap<>();
      for (CompilationUnit unit : units) {
        unit.walk(
            n -> {
              if (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr) {
                calls.computeIfAbsent(name(n), k -> new ArrayList<>()).add(n);
              }
            });
      }
    }
    return calls;
  }

  /**
   * A call of {@code method} passes {@code variable}, or a value made of it, to a callable of the
   * change that checks (or hands on) that parameter.
   */
  private boolean checkedBy(MethodBody method, String variable, int depth) {
    for (Node call :
        method
            .body()
            .findAll(
                Node.class,
                n ->
                    n instanceof MethodCallExpr
                        || n instanceof ObjectCreationExpr
                        || n instanceof ExplicitConstructorInvocationStmt)) {
      List<Expression> arguments = arguments(call);
      for (int i = 0; i < arguments.size(); i++) {
        if (!GuardRemovals.reads(arguments.get(i), variable)) {
          continue;
        }
        for (CallableDeclaration<?> callee : callees(call, arguments.size())) {
          if (callee == method.declaration()) {
            continue;
          }
          Optional<MethodBody> body = MethodBody.of(callee);
          String parameter = callee.getParameter(i).getNameAsString();
          if (body.isPresent()
              && (Guards.of(body.get()).stream().anyMatch(g -> g.variables().contains(parameter))
                  || depth > 1 && checkedBy(body.get(), parameter, depth - 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<CallableDeclaration<?>> callees(Node call, int arity) {
    List<CallableDeclaration<?>> candidates;
    if (call instanceof MethodCallExpr m) {
      candidates = methods.getOrDefault(m.getNameAsString(), List.of());
    } else if (call instanceof ObjectCreationExpr o) {
      candidates = constructors.getOrDefault(o.getType().getNameAsString(), List.of());
    } else {
      ExplicitConstructorInvocationStmt e = (ExplicitConstructorInvocationStmt) call;
      Optional<TypeDeclaration<?>> type = Declarations.enclosingType(e);
      candidates =
          e.isThis() && type.isPresent()
              ? constructors.getOrDefault(type.get().getNameAsString(), List.of())
              : List.of();
    }
    return candidates.stream()
        .filter(
            c ->
                c.getParameters().size() == arity
                    && c.getParameters().stream().noneMatch(p -> p.isVarArgs()))
        .toList();
  }

  /**
   * The call a body of one statement makes: {@code return other(a, b);}, {@code other(a, b);},
   * {@code return new X(a);}.
   */
  private static Optional<Node> delegation(MethodBody head) {
    List<Statement> statements = head.body().getStatements();
    if (statements.size() != 1) {
      return Optional.empty();
    }
    Statement only = statements.get(0);
    Node e =
        only instanceof ReturnStmt r
            ? r.getExpression().orElse(null)
            : only instanceof ExpressionStmt x ? x.getExpression() : only;
    return e instanceof MethodCallExpr call && !jdkScope(call) && !onParameter(call, head)
            || e instanceof ObjectCreationExpr
            || e instanceof ExplicitConstructorInvocationStmt
        ? Optional.of(e)
        : Optional.empty();
  }

  /**
   * The base made a call of that name too: the body did not become this call, it already made it.
   */
  private static boolean madeBy(MethodBody base, Node call) {
    String name = name(call);
    return base.body()
        .findFirst(
            Node.class,
            n ->
                (n instanceof MethodCallExpr
                        || n instanceof ObjectCreationExpr
                        || n instanceof ExplicitConstructorInvocationStmt)
                    && name(n).equals(name))
        .isPresent();
  }

  private static String name(Node call) {
    return call instanceof MethodCallExpr m
        ? m.getNameAsString()
        : call instanceof ObjectCreationExpr o
            ? "new " + o.getType().getNameAsString()
            : ((ExplicitConstructorInvocationStmt) call).isThis() ? "this" : "super";
  }

  private static List<Expression> arguments(Node call) {
    return call instanceof MethodCallExpr m
        ? m.getArguments()
        : call instanceof ObjectCreationExpr o
            ? o.getArguments()
            : ((ExplicitConstructorInvocationStmt) call).getArguments();
  }

  /**
   * {@code String.valueOf(x)}, {@code Integer.parseInt(x)}: a conversion, not another method of the
   * project that may check.
   */
  private static boolean jdkScope(MethodCallExpr call) {
    return call.getScope()
        .filter(s -> s instanceof NameExpr n && JDK_TYPES.contains(n.getNameAsString()))
        .isPresent();
  }

  /** {@code from.concat(to)}: a method of one argument that takes another, not a delegation. */
  private static boolean onParameter(MethodCallExpr call, MethodBody head) {
    return call.getScope()
        .filter(
            scope ->
                head.parameters().stream()
                    .anyMatch(p -> GuardRemovals.reads(scope, p.getNameAsString())))
        .isPresent();
  }

  /** The argument is the variable itself, maybe cast. */
  static boolean passes(Expression argument, String variable) {
    Expression a = Guards.strip(argument);
    while (a instanceof CastExpr cast) {
      a = Guards.strip(cast.getExpression());
    }
    return a instanceof NameExpr n && n.getNameAsString().equals(variable)
        || a instanceof FieldAccessExpr f
            && f.getScope() instanceof ThisExpr
            && f.getNameAsString().equals(variable);
  }
}
