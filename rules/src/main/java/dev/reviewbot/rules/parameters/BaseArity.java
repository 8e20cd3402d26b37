package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.ParameterRoles;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Parameter counts a change is judged against: the base version's, and what a superclass fixed. */
final class BaseArity {
  private BaseArity() {}

  /**
   * The most parameter roles among the base's callables of the same kind, name and enclosing types
   * as {@code head}, or -1 when the base has none (a new method, an added file, a scan). A
   * signature that already had that many is not this change's doing.
   */
  static <N extends Node & NodeWithParameters<?> & NodeWithSimpleName<?>> long inBase(
      Optional<CompilationUnit> base, N head) {
    if (base.isEmpty()) {
      return -1;
    }
    String types = Ancestors.typePath(head);
    return base.get().findAll(head.getClass()).stream()
        .map(c -> (NodeWithParameters<?>) c)
        .filter(
            c ->
                ((NodeWithSimpleName<?>) c).getNameAsString().equals(head.getNameAsString())
                    && Ancestors.typePath((Node) c).equals(types))
        .mapToLong(c -> ParameterRoles.count(c.getParameters()))
        .max()
        .orElse(-1);
  }

  /**
   * The parameters a constructor does not pass on unchanged to {@code super(...)}: those the
   * superclass fixed are no more this constructor's choice than an {@code @Override}'s.
   */
  static NodeList<Parameter> ownParameters(ConstructorDeclaration constructor) {
    Set<String> forwarded =
        constructor
            .getBody()
            .getStatements()
            .getFirst()
            .filter(s -> s instanceof ExplicitConstructorInvocationStmt call && !call.isThis())
            .map(
                s ->
                    ((ExplicitConstructorInvocationStmt) s)
                        .getArguments().stream()
                            .filter(NameExpr.class::isInstance)
                            .map(e -> ((NameExpr) e).getNameAsString())
                            .collect(Collectors.toSet()))
            .orElse(Set.of());
    NodeList<Parameter> own = new NodeList<>();
    constructor.getParameters().stream()
        .filter(p -> !forwarded.contains(p.getNameAsString()))
        .forEach(own::add);
    return own;
  }
}
