package dev.reviewbot.declared;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithOptionalScope;
import com.github.javaparser.ast.nodeTypes.NodeWithScope;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.declared.internal.Resolution;
import dev.reviewbot.declared.internal.TypeNames;
import dev.reviewbot.declared.internal.Variables;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule a {@link Ban} declares. Names in the code are resolved as the compiler would from the
 * file alone (imports, package, {@code java.lang}, shadowing by type parameters, local and nested
 * classes, variables), so {@code java.sql.Date} is not {@code java.util.Date} and a local class
 * named {@code Date} is neither. One finding per banned name and line.
 */
public final class BannedRule implements JavaRule {
  private final Ban ban;
  private final Set<String> methodNames;
  private final Set<String> reported = new HashSet<>();
  private TypeNames names;
  private Variables variables;

  public BannedRule(Ban ban) {
    this.ban = ban;
    this.methodNames =
        ban.methods().stream().map(Ban.MethodName::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void subscribe(Subscriptions on) {
    if (!ban.imports().isEmpty() || !ban.types().isEmpty()) {
      on.on(ImportDeclaration.class, this::checkImport);
    }
    if (!ban.types().isEmpty()) {
      on.on(ClassOrInterfaceType.class, this::checkTypeUse);
      on.on(NameExpr.class, this::checkTypeAsScope);
      on.on(FieldAccessExpr.class, this::checkTypeAsScope);
    }
    if (!ban.constructors().isEmpty()) {
      on.on(ObjectCreationExpr.class, this::checkConstructor);
    }
    if (!ban.constructors().isEmpty() || !ban.methods().isEmpty()) {
      on.on(MethodReferenceExpr.class, this::checkMethodReference);
    }
    if (!ban.methods().isEmpty()) {
      on.on(MethodCallExpr.class, this::checkCall);
    }
    if (!ban.annotations().isEmpty() || !ban.types().isEmpty()) {
      on.on(AnnotationExpr.class, this::checkAnnotation);
    }
  }

  private void checkImport(ImportDeclaration imported, RuleContext context) {
    if (!applies(context)) {
      return;
    }
    String name = imported.getNameAsString();
    if (ban.bansImport(name)) {
      report(imported, name, context);
      return;
    }
    // import a.b.C, import a.b.C.*, import static a.b.C.m and import static a.b.C.* all use a.b.C
    String type =
        imported.isStatic() && !imported.isAsterisk()
            ? name.substring(0, name.lastIndexOf('.'))
            : name;
    if (ban.types().contains(type)) {
      report(imported, type, context);
    }
  }

  private void checkTypeUse(ClassOrInterfaceType type, RuleContext context) {
    if (applies(context)) {
      match(resolve(type), ban.types()).ifPresent(name -> report(type, name, context));
    }
  }

  /**
   * {@code Date.from(..)}, {@code java.util.Date.UTC(..)}: a type written as the scope of a call or
   * field.
   */
  private void checkTypeAsScope(Expression expression, RuleContext context) {
    if (!applies(context) || !isScopeOfParent(expression)) {
      return;
    }
    typeNamedBy(expression)
        .flatMap(r -> match(r, ban.types()))
        .ifPresent(name -> report(expression, name, context));
  }

  private void checkConstructor(ObjectCreationExpr creation, RuleContext context) {
    if (applies(context)) {
      match(resolve(creation.getType()), ban.constructors())
          .ifPresent(name -> report(creation, name, context));
    }
  }

  private void checkMethodReference(MethodReferenceExpr reference, RuleContext context) {
    if (!applies(context)) {
      return;
    }
    Resolution owner = typeOf(reference.getScope());
    if (reference.getIdentifier().equals("new")) {
      match(owner, ban.constructors()).ifPresent(name -> report(reference, name, context));
    } else {
      checkMethod(reference, owner, reference.getIdentifier(), context);
    }
  }

  private void checkCall(MethodCallExpr call, RuleContext context) {
    String name = call.getNameAsString();
    if (!methodNames.contains(name) || !applies(context)) {
      return;
    }
    Resolution owner =
        call.getScope()
            .map(this::typeOf)
            .orElseGet(() -> names(context).ownerOfUnqualifiedCall(name, call));
    checkMethod(call, owner, name, context);
  }

  private void checkMethod(Node node, Resolution owner, String name, RuleContext context) {
    for (Ban.MethodName method : ban.methods()) {
      if (method.name().equals(name) && owner.names().contains(method.owner())) {
        report(node, method.toString(), context);
        return;
      }
    }
  }

  private void checkAnnotation(AnnotationExpr annotation, RuleContext context) {
    if (!applies(context)) {
      return;
    }
    Resolution type = names(context).resolve(annotation.getNameAsString(), annotation);
    match(type, ban.annotations())
        .or(() -> match(type, ban.types()))
        .ifPresent(name -> report(annotation, name, context));
  }

  /** The type of an expression used as a scope, as far as the file tells. */
  private Resolution typeOf(Expression scope) {
    if (scope instanceof EnclosedExpr enclosed) {
      return typeOf(enclosed.getInner());
    }
    if (scope instanceof CastExpr cast) {
      return resolve(cast.getType());
    }
    if (scope instanceof ObjectCreationExpr creation) {
      return resolve(creation.getType());
    }
    if (scope instanceof TypeExpr type) {
      return resolve(type.getType());
    }
    if (scope instanceof ThisExpr self) {
      return self.getTypeName()
          .map(n -> names.resolve(n.asString(), self))
          .orElseGet(() -> names.enclosingType(self));
    }
    if (scope instanceof NameExpr name) {
      return variables
          .typeOf(name.getNameAsString(), name)
          .orElseGet(() -> names.resolve(name.getNameAsString(), name));
    }
    return typeNamedBy(scope).orElse(Resolution.NONE);
  }

  /**
   * What a name or dotted name in an expression denotes as a type; empty when it starts with a
   * variable.
   */
  private Optional<Resolution> typeNamedBy(Expression expression) {
    String dotted = dottedName(expression);
    if (dotted == null) {
      return Optional.empty();
    }
    String first = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
    if (variables.typeOf(first, expression).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(names.resolve(dotted, expression));
  }

  /** {@code a.b.C} for a chain of plain names, else {@code null}. */
  private static String dottedName(Expression expression) {
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (expression instanceof FieldAccessExpr access && access.getTypeArguments().isEmpty()) {
      String scope = dottedName(access.getScope());
      return scope == null ? null : scope + "." + access.getNameAsString();
    }
    return null;
  }

  private static boolean isScopeOfParent(Expression expression) {
    Node parent = expression.getParentNode().orElse(null);
    if (parent instanceof NodeWithOptionalScope<?> scoped) {
      return scoped.getScope().filter(s -> s == expression).isPresent();
    }
    if (parent instanceof NodeWithScope<?> scoped) {
      return scoped.getScope() == expression;
    }
    return false;
  }

  private Resolution resolve(Type type) {
    if (type instanceof ClassOrInterfaceType named) {
      return names.resolve(named.getNameWithScope(), named);
    }
    return type.isArrayType() ? resolve(type.asArrayType().getElementType()) : Resolution.NONE;
  }

  private static Optional<String> match(Resolution resolution, Set<String> banned) {
    return Optional.ofNullable(resolution.firstIn(banned));
  }

  private void report(Node node, String bannedName, RuleContext context) {
    int line = node.getBegin().map(p -> p.line).orElse(0);
    if (reported.add(line + " " + bannedName)) {
      context.report(Report.at(node, ban.message()).withKey(bannedName));
    }
  }

  private boolean applies(RuleContext context) {
    names(context);
    return ban.appliesTo(context.path());
  }

  private TypeNames names(RuleContext context) {
    if (names == null) {
      names = new TypeNames(context.compilationUnit());
      variables = new Variables(names);
    }
    return names;
  }
}
