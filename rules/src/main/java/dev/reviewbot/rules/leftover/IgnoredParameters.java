package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.MainMethods;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parameters a method or constructor never reads, where its signature is its author's own choice:
 * not an override (no {@code @Override}, and no instance method of a type that extends or
 * implements something, which may override without saying so), not abstract, native or in an
 * interface, not a protected hook nor the one-statement default of a method subclasses may
 * override, not called by a framework (any annotation but a few that change nothing about the
 * caller), not used as a method reference (a functional interface fixes its signature), not {@code
 * main}, and not a stub whose body only returns a constant or throws.
 */
final class IgnoredParameters {
  /** Annotations that say nothing about who calls the method. */
  private static final Set<String> PLAIN_ANNOTATIONS =
      Set.of(
          "SafeVarargs",
          "Nullable",
          "NonNull",
          "Nonnull",
          "NotNull",
          "CheckForNull",
          "CheckReturnValue",
          "CanIgnoreReturnValue",
          "SuppressWarnings",
          "SuppressFBWarnings");

  /** The Javadoc says the parameter is ignored on purpose. */
  private static final Pattern DOCUMENTED_UNUSED =
      Pattern.compile("\\b(ignored|unused|not used|reserved|future)\\b");

  /**
   * @param parameter the parameter nothing reads
   * @param shadowedField the body reads {@code this.<name>} instead: it most likely meant the
   *     parameter
   */
  record Ignored(Parameter parameter, boolean shadowedField) {}

  private IgnoredParameters() {}

  /**
   * The parameters of {@code callable} that nothing in its body reads, if its signature is its
   * author's choice.
   *
   * @param methodReferences names of the methods its file uses as method references
   */
  static List<Ignored> of(
      CallableDeclaration<?> callable,
      Collection<String> ignoredNames,
      Set<String> methodReferences) {
    Optional<BlockStmt> body = body(callable);
    if (body.isEmpty()
        || !ownSignature(callable)
        || methodReferences.contains(callable.getNameAsString())
        || stub(body.get())) {
      return List.of();
    }
    // a default for overriders may ignore what they need, unless it reads a field the parameter
    // shadows
    boolean overriddenDefault = overridable(callable) && body.get().getStatements().size() == 1;
    List<Ignored> ignored = new ArrayList<>();
    for (Parameter parameter : callable.getParameters()) {
      String name = parameter.getNameAsString();
      if (named(name, ignoredNames) || suppressed(parameter) || documentedUnused(callable, name)) {
        continue;
      }
      boolean shadowedField = readsField(body.get(), name);
      if (!reads(body.get(), name) && (shadowedField || !overriddenDefault)) {
        ignored.add(new Ignored(parameter, shadowedField));
      }
    }
    return ignored;
  }

  /**
   * True if the base version already had this parameter: a callable of the same kind and name in
   * the same types with a parameter of that name. The change did not choose it.
   */
  static boolean inBase(
      Optional<CompilationUnit> base, CallableDeclaration<?> callable, Parameter parameter) {
    if (base.isEmpty()) {
      return false;
    }
    String types = Ancestors.typePath(callable);
    return base.get().findAll(CallableDeclaration.class).stream()
        .filter(
            c ->
                c.getClass() == callable.getClass()
                    && c.getNameAsString().equals(callable.getNameAsString())
                    && Ancestors.typePath(c).equals(types))
        .anyMatch(
            c ->
                ((CallableDeclaration<?>) c)
                    .getParameters().stream()
                        .anyMatch(p -> p.getNameAsString().equals(parameter.getNameAsString())));
  }

  private static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
    if (callable instanceof MethodDeclaration method) {
      return method.getBody();
    }
    return callable instanceof ConstructorDeclaration constructor
        ? Optional.of(constructor.getBody())
        : Optional.empty();
  }

  private static boolean ownSignature(CallableDeclaration<?> callable) {
    Node parent = callable.getParentNode().orElse(null);
    boolean classLike =
        parent instanceof ClassOrInterfaceDeclaration type && !type.isInterface()
            || parent instanceof EnumDeclaration
            || parent instanceof RecordDeclaration;
    if (!classLike
        || callable.isAbstract()
        || framework(callable)
        || callable instanceof MethodDeclaration method && MainMethods.isMain(method)) {
      return false;
    }
    return !(callable instanceof MethodDeclaration method
        && !method.isStatic()
        && (method.isProtected()
            || !method.isPrivate() && hasSupertypes((TypeDeclaration<?>) parent)));
  }

  /**
   * A method a subclass may override: its one-statement body reads as the default that overriders
   * replace ({@code return includeScalar();}), and they may need the parameters it ignores.
   */
  private static boolean overridable(CallableDeclaration<?> callable) {
    return callable instanceof MethodDeclaration method
        && !method.isStatic()
        && !method.isPrivate()
        && !method.isFinal()
        && method.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type
        && !type.isFinal();
  }

  private static boolean hasSupertypes(TypeDeclaration<?> type) {
    if (type instanceof ClassOrInterfaceDeclaration c) {
      return c.getExtendedTypes().isNonEmpty() || c.getImplementedTypes().isNonEmpty();
    }
    if (type instanceof EnumDeclaration e) {
      return e.getImplementedTypes().isNonEmpty()
          || e.getEntries().stream().anyMatch(constant -> constant.getClassBody().isNonEmpty());
    }
    return type instanceof RecordDeclaration r && r.getImplementedTypes().isNonEmpty();
  }

  private static boolean framework(NodeWithAnnotations<?> declaration) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      String name = annotation.getName().getIdentifier();
      if (!PLAIN_ANNOTATIONS.contains(name)
          || name.equals("SuppressWarnings") && annotation.toString().contains("unused")) {
        return true;
      }
    }
    return Declarations.isOverride(declaration);
  }

  /**
   * Nothing, one {@code return} of no computation (a constant, a field, {@code null}, {@code
   * this}), or a {@code throw}.
   */
  private static boolean stub(BlockStmt body) {
    if (body.getStatements().isEmpty()) {
      return true;
    }
    if (body.getStatements().size() > 1) {
      return false;
    }
    Statement only = body.getStatement(0);
    return only instanceof ThrowStmt
        || only instanceof ReturnStmt ret
            && ret.getExpression()
                .map(
                    e ->
                        e.isLiteralExpr()
                            || e.isNameExpr()
                            || e.isThisExpr()
                            || e.isFieldAccessExpr())
                .orElse(true);
  }

  private static boolean named(String name, Collection<String> ignoredNames) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ignoredNames.stream()
        .anyMatch(prefix -> lower.startsWith(prefix.toLowerCase(Locale.ROOT)));
  }

  private static boolean suppressed(Parameter parameter) {
    return parameter.getAnnotations().stream()
        .anyMatch(
            a ->
                a.getName().getIdentifier().equals("SuppressWarnings")
                    || a.getName().getIdentifier().equalsIgnoreCase("Unused"));
  }

  private static boolean documentedUnused(CallableDeclaration<?> callable, String name) {
    return callable
        .getJavadoc()
        .map(
            doc ->
                doc.getBlockTags().stream()
                    .filter(tag -> tag.getName().filter(name::equals).isPresent())
                    .anyMatch(
                        tag ->
                            DOCUMENTED_UNUSED
                                .matcher(tag.getContent().toText().toLowerCase(Locale.ROOT))
                                .find()))
        .orElse(false);
  }

  /**
   * A name that reads {@code name}: also the scope of {@code name::method}, which the parser takes
   * for a type.
   */
  private static boolean reads(BlockStmt body, String name) {
    return body.findFirst(NameExpr.class, n -> n.getNameAsString().equals(name)).isPresent()
        || body.findFirst(
                MethodReferenceExpr.class,
                ref ->
                    ref.getScope() instanceof TypeExpr type
                        && type.getType().asString().equals(name))
            .isPresent();
  }

  /** {@code this.<name>} read somewhere (not only assigned to). */
  private static boolean readsField(BlockStmt body, String name) {
    return body.findFirst(
            FieldAccessExpr.class,
            access ->
                access.getNameAsString().equals(name)
                    && access.getScope() instanceof ThisExpr
                    && !(access.getParentNode().orElse(null) instanceof AssignExpr assign
                        && assign.getTarget() == access
                        && assign.getOperator() == AssignExpr.Operator.ASSIGN))
        .isPresent();
  }
}
