package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import dev.reviewbot.rules.internal.FieldReferences;
import dev.reviewbot.rules.internal.Mutators;
import dev.reviewbot.rules.internal.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first place where a method changes its object's (or class's) state: assigning or incrementing
 * a field or an element of one, calling a mutator ({@code add}, {@code put}, {@code clear}, {@code
 * poll}, {@code incrementAndGet}...) on one, or calling its own setter. Code in lambdas and
 * anonymous classes runs later, not as part of the call, so it does not count.
 *
 * <p>Lazy initialization and memoization are accepted: a field the method checks for {@code null},
 * zero or a false flag, directly or through a local copy ({@code if (cache == null) cache =
 * load();}, {@code Foo f = this.foo; if (f != null) return f; ... this.foo = f;}, double checked
 * locking); any change guarded by such a check; and a map the method reads before it writes ({@code
 * get} then {@code put}, or {@code computeIfAbsent}).
 */
final class StateChanges {
  private static final Set<String> MEMOIZING = Set.of("computeIfAbsent", "putIfAbsent");
  private static final Set<String> LOOKUPS =
      Set.of("get", "containsKey", "getOrDefault", "contains");
  private static final Set<BinaryExpr.Operator> SENTINEL_COMPARISONS =
      Set.of(
          BinaryExpr.Operator.EQUALS,
          BinaryExpr.Operator.NOT_EQUALS,
          BinaryExpr.Operator.LESS,
          BinaryExpr.Operator.LESS_EQUALS);

  private final FieldReferences references = new FieldReferences();

  Optional<Node> firstIn(MethodDeclaration method) {
    if (method.getBody().isEmpty()) {
      return Optional.empty();
    }
    Method facts = new Method(method, fieldsAround(method));
    return method.getBody().get().stream(Node.TreeTraversal.PREORDER)
        .filter(node -> !runsLater(node, method) && changesState(node, facts))
        .findFirst();
  }

  /**
   * What one method reads: its fields, locals copied from fields, fields it checks for "not yet
   * set".
   */
  private final class Method {
    final Set<String> fields;
    final Map<String, Set<String>> copies = new HashMap<>();
    final Set<String> checked = new HashSet<>();
    final Set<String> looked = new HashSet<>();

    Method(MethodDeclaration method, Set<String> fields) {
      this.fields = fields;
      method.walk(
          VariableDeclarator.class,
          v ->
              v.getInitializer()
                  .ifPresent(init -> copies.put(v.getNameAsString(), fieldsIn(init))));
      method.walk(
          Node.class,
          node -> {
            if (isUnsetCheck(node)) {
              node.walk(NameExpr.class, name -> checked.addAll(origins(name.getNameAsString())));
              node.walk(
                  FieldAccessExpr.class,
                  access -> checked.addAll(origins(access.getNameAsString())));
            } else if (node instanceof MethodCallExpr call
                && LOOKUPS.contains(call.getNameAsString())) {
              call.getScope().flatMap(references::fieldName).ifPresent(looked::add);
            }
          });
    }

    /** The fields a name stands for: itself if a field, or the fields a local was copied from. */
    Set<String> origins(String name) {
      Set<String> result = new HashSet<>(copies.getOrDefault(name, Set.of()));
      if (fields.contains(name)) {
        result.add(name);
      }
      return result;
    }

    Set<String> fieldsIn(Expression expression) {
      Set<String> found = new HashSet<>();
      expression.walk(
          Expression.class,
          e -> references.fieldName(e).filter(fields::contains).ifPresent(found::add));
      return found;
    }
  }

  private boolean changesState(Node node, Method facts) {
    if (node instanceof AssignExpr assign) {
      Optional<String> field =
          references.fieldOrElement(assign.getTarget()).filter(facts.fields::contains);
      return field.isPresent() && !isLazy(node, field.get(), facts);
    }
    if (node instanceof UnaryExpr unary && isIncrement(unary)) {
      Optional<String> field =
          references.fieldOrElement(unary.getExpression()).filter(facts.fields::contains);
      return field.isPresent() && !isLazy(node, field.get(), facts);
    }
    if (node instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
        return Names.hasWordPrefix(name, "set") && !isGuarded(node, facts);
      }
      Optional<String> field =
          references.fieldName(call.getScope().get()).filter(facts.fields::contains);
      return field.isPresent()
          && Mutators.isMutator(name)
          && !MEMOIZING.contains(name)
          && !facts.looked.contains(field.get())
          && !isLazy(node, field.get(), facts);
    }
    return false;
  }

  private static boolean isLazy(Node change, String field, Method facts) {
    return facts.checked.contains(field) || isGuarded(change, facts);
  }

  /** Under an {@code if} or {@code ?:} whose condition checks some field for "not yet set". */
  private static boolean isGuarded(Node change, Method facts) {
    for (Node current = change.getParentNode().orElse(null);
        current != null && !(current instanceof MethodDeclaration);
        current = current.getParentNode().orElse(null)) {
      Expression condition =
          current instanceof IfStmt ifStmt
              ? ifStmt.getCondition()
              : current instanceof ConditionalExpr conditional ? conditional.getCondition() : null;
      if (condition != null
          && condition.stream().anyMatch(n -> isUnsetCheck(n) && mentionsState(n, facts))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsState(Node check, Method facts) {
    return check.stream()
        .anyMatch(
            n ->
                n instanceof NameExpr name
                        && (facts.fields.contains(name.getNameAsString())
                            || !facts
                                .copies
                                .getOrDefault(name.getNameAsString(), Set.of())
                                .isEmpty())
                    || n instanceof FieldAccessExpr);
  }

  /**
   * The shapes of "is it set yet?": a comparison with a sentinel ({@code x == null}, {@code x !=
   * null}, {@code x == 0}, {@code x < 0}, {@code x == UNDEFINED}, {@code UNDEFINED.equals(x)}) or a
   * negated flag ({@code !x}).
   */
  private static boolean isUnsetCheck(Node node) {
    if (node instanceof BinaryExpr binary && SENTINEL_COMPARISONS.contains(binary.getOperator())) {
      return isSentinel(binary.getLeft()) || isSentinel(binary.getRight());
    }
    if (node instanceof MethodCallExpr call
        && call.getNameAsString().equals("equals")
        && call.getArguments().size() == 1) {
      return call.getScope().filter(StateChanges::isSentinel).isPresent()
          || isSentinel(call.getArgument(0)); // UNDEFINED.equals(x)
    }
    return node instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
        && (unary.getExpression() instanceof NameExpr
            || unary.getExpression() instanceof FieldAccessExpr);
  }

  private static boolean isSentinel(Expression e) {
    if (e instanceof UnaryExpr minus && minus.getOperator() == UnaryExpr.Operator.MINUS) {
      return minus.getExpression() instanceof IntegerLiteralExpr one && one.getValue().equals("1");
    }
    String constant =
        e instanceof NameExpr name
            ? name.getNameAsString()
            : e instanceof FieldAccessExpr access ? access.getNameAsString() : "";
    return e instanceof NullLiteralExpr
        || e instanceof IntegerLiteralExpr literal && literal.getValue().equals("0")
        || !constant.isEmpty() && Names.isConstantCase(constant);
  }

  private static boolean isIncrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  private static boolean runsLater(Node node, MethodDeclaration method) {
    for (Node current = node.getParentNode().orElse(null);
        current != null && current != method;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr
          || current instanceof ObjectCreationExpr creation
              && creation.getAnonymousClassBody().isPresent()
          || current instanceof LocalClassDeclarationStmt) {
        return true;
      }
    }
    return false;
  }

  /** Names of the fields of the method's class and the classes around it. */
  private static Set<String> fieldsAround(MethodDeclaration method) {
    Set<String> fields = new HashSet<>();
    for (Node current = method.getParentNode().orElse(null);
        current != null;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type) {
        type.getMembers().stream()
            .filter(FieldDeclaration.class::isInstance)
            .map(FieldDeclaration.class::cast)
            .forEach(f -> f.getVariables().forEach(v -> fields.add(v.getNameAsString())));
      } else if (current instanceof ObjectCreationExpr creation) {
        creation
            .getAnonymousClassBody()
            .ifPresent(
                body ->
                    body.stream()
                        .filter(FieldDeclaration.class::isInstance)
                        .map(FieldDeclaration.class::cast)
                        .forEach(
                            f -> f.getVariables().forEach(v -> fields.add(v.getNameAsString()))));
      }
    }
    return fields;
  }
}
