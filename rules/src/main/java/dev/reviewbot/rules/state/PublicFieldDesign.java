package dev.reviewbot.rules.state;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.rules.internal.Visibility;

/**
 * Whether public mutable fields are a type's settled design rather than this change's choice: then
 * they are worth a line in the summary, not an inline comment. A type no other package can see
 * is its author's business, a type of fields and constructors only is a plain data holder whose
 * public fields are its design (an event, a DTO), and a type that already had public non-final
 * fields before the change is only being extended in its own style.
 */
final class PublicFieldDesign {
  private PublicFieldDesign() {}

  static boolean isEstablished(TypeDeclaration<?> type, RuleContext ctx) {
    if (!Visibility.effective(type).atLeast(Visibility.Level.PROTECTED) || isPlainDataHolder(type)) {
      return true;
    }
    return ctx.baseCompilationUnit()
        .flatMap(base -> base.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(type.getNameAsString())))
        .map(base -> base.getMembers().stream().anyMatch(PublicFieldDesign::isPublicMutableInstanceField))
        .orElse(false);
  }

  /** Fields and constructors only, no behaviour: a struct whose public fields are the point (an event, a DTO). */
  private static boolean isPlainDataHolder(TypeDeclaration<?> type) {
    return type.getMembers().stream().allMatch(m -> m instanceof FieldDeclaration || m instanceof ConstructorDeclaration);
  }

  private static boolean isPublicMutableInstanceField(Object member) {
    return member instanceof FieldDeclaration field && field.isPublic() && !field.isStatic() && !field.isFinal();
  }
}
