package dev.reviewbot.rules.state;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.rules.internal.Visibility;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether public mutable fields are a type's settled design rather than this change's choice: then
 * they are worth a line in the summary, not an inline comment. A type no other package can see is
 * its author's business, a type of fields and constructors only is a plain data holder whose public
 * fields are its design (an event, a DTO), and a type that already had public non-final fields
 * before the change is only being extended in its own style.
 */
final class PublicFieldDesign {
  private PublicFieldDesign() {}

  static boolean isEstablished(TypeDeclaration<?> type, RuleContext ctx) {
    if (!Visibility.effective(type).atLeast(Visibility.Level.PROTECTED)
        || isPlainDataHolder(type)) {
      return true;
    }
    return ctx.baseCompilationUnit()
        .flatMap(
            base ->
                base.findFirst(
                    TypeDeclaration.class, t -> t.getNameAsString().equals(type.getNameAsString())))
        .map(
            base ->
                ((TypeDeclaration<?>) base)
                    .getMembers().stream()
                        .anyMatch(PublicFieldDesign::isPublicMutableInstanceField))
        .orElse(false);
  }

  /**
   * Public instance fields only, constructors, and methods that only read them ({@code toString()},
   * a description): a struct whose public fields are the point (an event, a DTO), with nothing
   * hidden and no invariant its methods keep that a caller's write could break.
   */
  private static boolean isPlainDataHolder(TypeDeclaration<?> type) {
    if (type.getFields().stream().anyMatch(f -> !f.isStatic() && !f.isPublic())) {
      return false;
    }
    Set<String> fields =
        type.getFields().stream()
            .flatMap(f -> f.getVariables().stream())
            .map(v -> v.getNameAsString())
            .collect(Collectors.toSet());
    return type.getMembers().stream()
        .allMatch(
            m ->
                m instanceof FieldDeclaration
                    || m instanceof ConstructorDeclaration
                    || m instanceof MethodDeclaration method && !writesAny(method, fields));
  }

  private static boolean writesAny(MethodDeclaration method, Set<String> fields) {
    return method.findAll(AssignExpr.class).stream().anyMatch(a -> names(a.getTarget(), fields))
        || method.findAll(UnaryExpr.class).stream()
            .anyMatch(u -> isStep(u) && names(u.getExpression(), fields));
  }

  private static boolean isStep(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  private static boolean names(Expression target, Set<String> fields) {
    return target instanceof NameExpr name && fields.contains(name.getNameAsString())
        || target instanceof FieldAccessExpr access
            && access.getScope().isThisExpr()
            && fields.contains(access.getNameAsString());
  }

  private static boolean isPublicMutableInstanceField(Object member) {
    return member instanceof FieldDeclaration field
        && field.isPublic()
        && !field.isStatic()
        && !field.isFinal();
  }
}
