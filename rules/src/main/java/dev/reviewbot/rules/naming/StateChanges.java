package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import dev.reviewbot.rules.internal.FieldReferences;
import dev.reviewbot.rules.internal.Mutators;
import dev.reviewbot.rules.internal.Names;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The first place where a method changes its object's (or class's) state: assigning or
 * incrementing a field, or calling a mutator ({@code add}, {@code put}, {@code remove},
 * {@code clear}, {@code set}, {@code poll}, {@code incrementAndGet}...) on one, or calling its own
 * setter. Code in lambdas and anonymous classes runs later, not as part of the call, so it does
 * not count.
 *
 * <p>Lazy initialization is accepted: a field written under a condition that tests that field
 * ({@code if (cache == null) cache = load();}, {@code if (hash == 0) hash = compute();}, also via
 * a local copy and with double-checked locking), and memoizing calls such as
 * {@code computeIfAbsent}.
 */
final class StateChanges {
  /** Caching calls: a getter that memoizes still reads as a getter. */
  private static final Set<String> MEMOIZING = Set.of("computeIfAbsent", "putIfAbsent");

  private final FieldReferences references = new FieldReferences();

  Optional<Node> firstIn(MethodDeclaration method) {
    if (method.getBody().isEmpty()) {
      return Optional.empty();
    }
    Set<String> fields = fieldsAround(method);
    return method.getBody().get().stream(Node.TreeTraversal.PREORDER)
        .filter(node -> !runsLater(node, method) && changesState(node, fields))
        .findFirst();
  }

  private boolean changesState(Node node, Set<String> fields) {
    if (node instanceof AssignExpr assign) {
      Optional<String> field = references.fieldOrElement(assign.getTarget()).filter(fields::contains);
      return field.isPresent() && !isLazy(node, field.get());
    }
    if (node instanceof UnaryExpr unary && isIncrement(unary)) {
      return references.fieldOrElement(unary.getExpression()).filter(fields::contains).isPresent();
    }
    if (node instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
        return Names.hasWordPrefix(name, "set") && !isLazy(node, null);
      }
      Optional<String> field = references.fieldName(call.getScope().get()).filter(fields::contains);
      return field.isPresent() && Mutators.isMutator(name) && !MEMOIZING.contains(name) && !isLazy(node, field.get());
    }
    return false;
  }

  private static boolean isIncrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  /** Under an {@code if} or {@code ?:} whose condition reads the field (or any field, for a setter call). */
  private static boolean isLazy(Node node, String field) {
    Set<String> names = new HashSet<>();
    if (field != null) {
      names.add(field);
      copiesOf(node, field, names);
    }
    for (Node current = node.getParentNode().orElse(null); current != null && !(current instanceof MethodDeclaration);
        current = current.getParentNode().orElse(null)) {
      Expression condition = current instanceof IfStmt ifStmt ? ifStmt.getCondition()
          : current instanceof ConditionalExpr conditional ? conditional.getCondition() : null;
      if (condition != null && (field == null || mentions(condition, names))) {
        return true;
      }
    }
    return false;
  }

  /** Locals initialized from the field, e.g. {@code Foo result = cache;} before {@code if (result == null)}. */
  private static void copiesOf(Node node, String field, Set<String> names) {
    node.findAncestor(MethodDeclaration.class).ifPresent(method -> method.walk(VariableDeclarator.class, variable -> {
      if (variable.getInitializer().filter(init -> mentions(init, Set.of(field))).isPresent()) {
        names.add(variable.getNameAsString());
      }
    }));
  }

  private static boolean mentions(Expression expression, Set<String> names) {
    return expression.stream().anyMatch(n -> n instanceof NameExpr name && names.contains(name.getNameAsString())
        || n instanceof FieldAccessExpr access && names.contains(access.getNameAsString()));
  }

  private static boolean runsLater(Node node, MethodDeclaration method) {
    for (Node current = node.getParentNode().orElse(null); current != null && current != method;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
          || current instanceof LocalClassDeclarationStmt) {
        return true;
      }
    }
    return false;
  }

  /** Names of the fields of the method's class and the classes around it. */
  private static Set<String> fieldsAround(MethodDeclaration method) {
    Set<String> fields = new HashSet<>();
    for (Node current = method.getParentNode().orElse(null); current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type) {
        type.getMembers().stream().filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
            .forEach(f -> f.getVariables().forEach(v -> fields.add(v.getNameAsString())));
      } else if (current instanceof ObjectCreationExpr creation) {
        creation.getAnonymousClassBody().ifPresent(body -> body.stream().filter(FieldDeclaration.class::isInstance)
            .map(FieldDeclaration.class::cast).forEach(f -> f.getVariables().forEach(v -> fields.add(v.getNameAsString()))));
      }
    }
    return fields;
  }
}
