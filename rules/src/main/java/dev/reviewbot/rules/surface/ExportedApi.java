package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.reviewbot.rules.internal.Anchoring;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Types;
import dev.reviewbot.rules.internal.Visibility;
import dev.reviewbot.rules.internal.Visibility.Level;
import dev.reviewbot.rules.surface.ApiMember.Kind;
import dev.reviewbot.rules.surface.ApiMember.Signature;
import dev.reviewbot.rules.surface.ApiMember.Traits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one source file exports: its public top-level types and, inside them, every type other code
 * can reach (public, or protected where a subclass outside the package can exist), each with its
 * members. A package with an internal segment exports nothing.
 */
final class ExportedApi {
  private static final List<Modifier.Keyword> TYPE_MODIFIERS =
      List.of(
          Modifier.Keyword.FINAL,
          Modifier.Keyword.ABSTRACT,
          Modifier.Keyword.SEALED,
          Modifier.Keyword.NON_SEALED,
          Modifier.Keyword.STATIC);
  private static final List<Modifier.Keyword> MEMBER_MODIFIERS =
      List.of(
          Modifier.Keyword.STATIC,
          Modifier.Keyword.FINAL,
          Modifier.Keyword.ABSTRACT,
          Modifier.Keyword.DEFAULT);
  private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b[a-z][a-z0-9_]*\\.");

  private ExportedApi() {}

  static Map<String, ApiType> of(CompilationUnit unit, List<String> internalPackages) {
    Map<String, ApiType> types = new LinkedHashMap<>();
    if (!isInternal(packageOf(unit), internalPackages)) {
      unit.getTypes().stream()
          .filter(t -> Visibility.declared(t) == Level.PUBLIC)
          .forEach(type -> collect(type, type.getNameAsString(), false, types));
    }
    return types;
  }

  /**
   * One type as {@link #of} would describe it, exported or not: for a superclass in the same file.
   */
  static ApiType describe(TypeDeclaration<?> type) {
    Map<String, ApiType> types = new LinkedHashMap<>();
    collect(type, type.getNameAsString(), false, types);
    return types.get(type.getNameAsString());
  }

  /** Every type the file declares outside method bodies, exported or not, by path. */
  static Map<String, TypeDeclaration<?>> declared(CompilationUnit unit) {
    Map<String, TypeDeclaration<?>> all = new LinkedHashMap<>();
    unit.getTypes().forEach(type -> declare(type, type.getNameAsString(), all));
    return all;
  }

  private static void declare(
      TypeDeclaration<?> type, String path, Map<String, TypeDeclaration<?>> all) {
    all.put(path, type);
    type.getMembers().stream()
        .filter(m -> m instanceof TypeDeclaration<?>)
        .forEach(
            m ->
                declare(
                    (TypeDeclaration<?>) m,
                    path + "." + ((TypeDeclaration<?>) m).getNameAsString(),
                    all));
  }

  static String packageOf(CompilationUnit unit) {
    return unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
  }

  /**
   * An entry with a dot names a package (and its subpackages); one without names a package segment.
   */
  static boolean isInternal(String pkg, List<String> internalPackages) {
    List<String> segments = List.of(pkg.split("\\."));
    return internalPackages.stream()
        .anyMatch(
            entry ->
                entry.contains(".")
                    ? pkg.equals(entry) || pkg.startsWith(entry + ".")
                    : segments.contains(entry));
  }

  private static void collect(
      TypeDeclaration<?> type,
      String path,
      boolean enclosingDeprecated,
      Map<String, ApiType> types) {
    boolean deprecated = enclosingDeprecated || isDeprecated(type);
    boolean extensible = isExtensible(type);
    List<ApiMember> members = new ArrayList<>(headerMembers(type, deprecated));
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        if (exported(Visibility.declared(nested), extensible)) {
          collect(nested, path + "." + nested.getNameAsString(), deprecated, types);
        }
      } else {
        members.addAll(membersOf(member, type, extensible, deprecated));
      }
    }
    implicitConstructor(type, extensible, deprecated).ifPresent(members::add);
    String superclass = superclass(type);
    ApiType.Header header =
        new ApiType.Header(
            Visibility.declared(type),
            modifiers(type, TYPE_MODIFIERS),
            typeParameters(type),
            supertypes(type),
            superclass,
            ProjectTypes.isElsewhere(superclass, type) ? superclass : "",
            deprecated,
            extensible);
    types.put(path, new ApiType(path, kind(type), type, header, members));
  }

  /** Enum constants and record components: declared in the type's header. */
  private static List<ApiMember> headerMembers(TypeDeclaration<?> type, boolean deprecated) {
    List<ApiMember> members = new ArrayList<>();
    if (type instanceof EnumDeclaration enumType) {
      for (EnumConstantDeclaration constant : enumType.getEntries()) {
        members.add(
            new ApiMember(
                "constant:" + constant.getNameAsString(),
                Kind.ENUM_CONSTANT,
                "constant `" + constant.getNameAsString() + "`",
                Anchoring.lineOf(constant.getName()),
                Level.PUBLIC,
                true,
                Set.of(Modifier.Keyword.STATIC, Modifier.Keyword.FINAL),
                new Signature(null, List.of(), false, "", List.of(), null),
                new Traits(deprecated || isDeprecated(constant), false, false)));
      }
    }
    if (type instanceof RecordDeclaration record) {
      Map<String, String> variables = typeVariables(record);
      record
          .getParameters()
          .forEach(
              component ->
                  members.add(
                      new ApiMember(
                          "component:" + component.getNameAsString(),
                          Kind.COMPONENT,
                          "component `" + component.getNameAsString() + "`",
                          Anchoring.lineOf(component.getName()),
                          Level.PUBLIC,
                          true,
                          Set.of(),
                          new Signature(
                              typeRef(component.getType(), variables, renamedVariables(record)),
                              List.of(),
                              false,
                              "",
                              List.of(),
                              null),
                          new Traits(deprecated, false, false))));
    }
    return members;
  }

  private static List<ApiMember> membersOf(
      BodyDeclaration<?> member,
      TypeDeclaration<?> owner,
      boolean extensible,
      boolean ownerDeprecated) {
    if (!(member instanceof NodeWithModifiers<?>)) {
      return List.of(); // initializer blocks
    }
    Level access = access(member, owner);
    boolean exported = exported(access, extensible);
    boolean deprecated = ownerDeprecated || isDeprecated(member);
    if (member instanceof MethodDeclaration method) {
      return List.of(callable(method, Kind.METHOD, owner, access, exported, deprecated));
    }
    if (member instanceof ConstructorDeclaration constructor) {
      return Declarations.isCanonicalConstructor(constructor)
          ? List.of()
          : List.of(callable(constructor, Kind.CONSTRUCTOR, owner, access, exported, deprecated));
    }
    if (member instanceof FieldDeclaration field) {
      boolean interfaceLike = isInterfaceLike(owner);
      Set<Modifier.Keyword> modifiers =
          interfaceLike
              ? Set.of(Modifier.Keyword.STATIC, Modifier.Keyword.FINAL)
              : modifiers(field, MEMBER_MODIFIERS);
      boolean constant =
          modifiers.contains(Modifier.Keyword.STATIC) && modifiers.contains(Modifier.Keyword.FINAL);
      Map<String, String> variables = typeVariables(owner);
      Map<String, String> renamed = renamedVariables(owner);
      return field.getVariables().stream()
          .map(
              variable ->
                  new ApiMember(
                      "field:" + variable.getNameAsString(),
                      constant ? Kind.CONSTANT : Kind.FIELD,
                      (constant ? "constant `" : "field `") + variable.getNameAsString() + "`",
                      Anchoring.lineOf(variable.getName()),
                      access,
                      exported,
                      modifiers,
                      new Signature(
                          typeRef(variable.getType(), variables, renamed),
                          List.of(),
                          false,
                          "",
                          List.of(),
                          constant ? constantValue(variable) : null),
                      new Traits(deprecated, false, false)))
          .toList();
    }
    if (member instanceof AnnotationMemberDeclaration element) {
      return List.of(
          new ApiMember(
              "element:" + element.getNameAsString(),
              Kind.ELEMENT,
              "element `" + element.getNameAsString() + "()`",
              Anchoring.lineOf(element.getName()),
              Level.PUBLIC,
              true,
              Set.of(),
              new Signature(
                  typeRef(element.getType(), Map.of(), Map.of()),
                  List.of(),
                  false,
                  "",
                  List.of(),
                  element.getDefaultValue().map(ExportedApi::normalized).orElse(null)),
              new Traits(deprecated, false, false)));
    }
    return List.of();
  }

  /**
   * The constructor the compiler adds: a class's default constructor (with the class's access) when
   * it declares none, a record's canonical constructor unless declared.
   */
  private static java.util.Optional<ApiMember> implicitConstructor(
      TypeDeclaration<?> type, boolean extensible, boolean deprecated) {
    Level access = Visibility.declared(type);
    if (type instanceof RecordDeclaration record) {
      if (record.getConstructors().stream().anyMatch(Declarations::isCanonicalConstructor)) {
        access =
            record.getConstructors().stream()
                .filter(Declarations::isCanonicalConstructor)
                .findFirst()
                .map(c -> access(c, type))
                .orElse(access);
      }
      Map<String, String> variables = typeVariables(record);
      List<TypeRef> parameters =
          record.getParameters().stream()
              .map(p -> typeRef(p.getType(), variables, renamedVariables(record)))
              .toList();
      String shown =
          record.getParameters().stream()
              .map(p -> Types.text(p.getType()))
              .collect(Collectors.joining(", "));
      return java.util.Optional.of(
          new ApiMember(
              constructorKey(parameters, false),
              Kind.CONSTRUCTOR,
              "constructor `" + record.getNameAsString() + "(" + shown + ")`",
              null,
              access,
              exported(access, extensible),
              Set.of(),
              new Signature(null, parameters, false, "", List.of(), null),
              new Traits(deprecated, false, true)));
    }
    boolean declaresOne =
        type.getMembers().stream().anyMatch(ConstructorDeclaration.class::isInstance);
    if (declaresOne || !(type instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new ApiMember(
            constructorKey(List.of(), false),
            Kind.CONSTRUCTOR,
            "constructor `" + type.getNameAsString() + "()`",
            null,
            access,
            exported(access, extensible),
            Set.of(),
            new Signature(null, List.of(), false, "", List.of(), null),
            new Traits(deprecated, false, true)));
  }

  private static ApiMember callable(
      CallableDeclaration<?> callable,
      Kind kind,
      TypeDeclaration<?> owner,
      Level access,
      boolean exported,
      boolean deprecated) {
    Map<String, String> variables = typeVariables(callable);
    Map<String, String> renamed = renamedVariables(callable);
    List<TypeRef> parameters =
        callable.getParameters().stream()
            .map(p -> arrayOf(typeRef(p.getType(), variables, renamed), p.isVarArgs()))
            .toList();
    boolean varargs =
        callable.getParameters().isNonEmpty()
            && callable.getParameters().getLast().orElseThrow().isVarArgs();
    String shownParameters =
        callable.getParameters().stream()
            .map(p -> Types.text(p.getType()) + (p.isVarArgs() ? "..." : ""))
            .collect(Collectors.joining(", "));
    String shownTypeParameters =
        callable.getTypeParameters().isEmpty()
            ? ""
            : callable.getTypeParameters().stream()
                .map(TypeParameter::asString)
                .collect(Collectors.joining(", ", "<", "> "));
    List<String> thrown = callable.getThrownExceptions().stream().map(Types::erasure).toList();
    Set<Modifier.Keyword> modifiers = modifiers(callable, MEMBER_MODIFIERS);
    TypeRef returned = null;
    String name = callable.getNameAsString();
    if (callable instanceof MethodDeclaration method) {
      returned = typeRef(method.getType(), variables, renamed);
      if (isInterfaceLike(owner)
          && method.getBody().isEmpty()
          && !modifiers.contains(Modifier.Keyword.STATIC)) {
        modifiers = with(modifiers, Modifier.Keyword.ABSTRACT);
      }
    }
    String key =
        kind == Kind.CONSTRUCTOR
            ? constructorKey(parameters, varargs)
            : "method:"
                + name
                + "("
                + parameters.stream().map(TypeRef::erasure).collect(Collectors.joining(","))
                + ")";
    String typeParameters =
        renamedText(
            callable.getTypeParameters().stream()
                .map(TypeParameter::asString)
                .collect(Collectors.joining(",")),
            renamed);
    return new ApiMember(
        key,
        kind,
        kind.word + " `" + shownTypeParameters + name + "(" + shownParameters + ")`",
        Anchoring.lineOf(callable.getName()),
        access,
        exported,
        modifiers,
        new Signature(returned, parameters, varargs, typeParameters, thrown, null),
        new Traits(deprecated, Declarations.isOverride(callable), false));
  }

  private static String constructorKey(List<TypeRef> parameters, boolean varargs) {
    return "constructor:("
        + parameters.stream().map(TypeRef::erasure).collect(Collectors.joining(","))
        + ")";
  }

  private static TypeRef arrayOf(TypeRef type, boolean array) {
    return array
        ? new TypeRef(type.text() + "[]", type.erasure() + "[]", type.shown() + "[]")
        : type;
  }

  /**
   * {@code type} as written and as erased; {@code variables} maps type variables in scope to their
   * erasure, {@code renamed} the method's own type variables to positional names.
   */
  static TypeRef typeRef(Type type, Map<String, String> variables, Map<String, String> renamed) {
    String text = PACKAGE_PREFIX.matcher(Types.text(type).replace(" ", "")).replaceAll("");
    return new TypeRef(renamedText(text, renamed), erasure(type, variables), Types.text(type));
  }

  private static String erasure(Type type, Map<String, String> variables) {
    if (type instanceof ArrayType array) {
      return erasure(array.getComponentType(), variables) + "[]";
    }
    if (type instanceof ClassOrInterfaceType c
        && c.getScope().isEmpty()
        && variables.containsKey(c.getNameAsString())) {
      return variables.get(c.getNameAsString());
    }
    return Types.erasure(type);
  }

  private static String renamedText(String text, Map<String, String> renamed) {
    String result = text;
    for (Map.Entry<String, String> variable : renamed.entrySet()) {
      result =
          result.replaceAll(
              "\\b" + Pattern.quote(variable.getKey()) + "\\b",
              Matcher.quoteReplacement(variable.getValue()));
    }
    return result;
  }

  /**
   * What each type variable in scope erases to, as the compiler sees it: its first bound, else
   * {@code Object}. {@code <T extends Map<?, ?>> T notEmpty(T)} and {@code <T extends
   * Collection<?>> T notEmpty(T)} are two overloads, not one method. The innermost declaration
   * wins.
   */
  private static Map<String, String> typeVariables(Node declaration) {
    Map<String, String> erasures = new HashMap<>();
    for (Node node = declaration; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithTypeParameters<?> generic) {
        for (TypeParameter variable : generic.getTypeParameters()) {
          erasures.putIfAbsent(
              variable.getNameAsString(),
              variable.getTypeBound().isEmpty()
                  ? "Object"
                  : Types.erasure(variable.getTypeBound().get(0)));
        }
      }
    }
    return erasures;
  }

  /**
   * Positional names for the type variables in scope, so that renaming one is no change: a method's
   * own are {@code #0, #1, ...}, its types' {@code ^0, ^1, ...}; the innermost wins.
   */
  private static Map<String, String> renamedVariables(Node declaration) {
    Map<String, String> names = new HashMap<>();
    for (Node node = declaration; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithTypeParameters<?> generic) {
        String prefix = node instanceof CallableDeclaration<?> ? "#" : "^";
        for (int i = 0; i < generic.getTypeParameters().size(); i++) {
          names.putIfAbsent(generic.getTypeParameters().get(i).getNameAsString(), prefix + i);
        }
      }
    }
    return names;
  }

  /**
   * The initializer of a compile-time constant (JLS 15.29: a primitive or {@code String} made of
   * literals, other constants and operators), which the compiler copies into every caller; {@code
   * null} for anything else.
   */
  private static String constantValue(VariableDeclarator variable) {
    Type type = variable.getType();
    boolean constantType = type instanceof PrimitiveType || Types.simpleName(type).equals("String");
    return constantType
        ? variable
            .getInitializer()
            .filter(ExportedApi::isConstantExpression)
            .map(initializer -> ConstantValues.comparable(initializer, type))
            .orElse(null)
        : null;
  }

  private static boolean isConstantExpression(Expression expression) {
    if (expression instanceof NullLiteralExpr) {
      return false;
    }
    if (expression instanceof LiteralExpr || expression instanceof NameExpr) {
      return true;
    }
    if (expression instanceof FieldAccessExpr access) {
      return access.getNameAsString().chars().noneMatch(Character::isLowerCase);
    }
    if (expression instanceof UnaryExpr unary) {
      return isConstantExpression(unary.getExpression());
    }
    if (expression instanceof BinaryExpr binary) {
      return isConstantExpression(binary.getLeft()) && isConstantExpression(binary.getRight());
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return isConstantExpression(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      return isConstantExpression(cast.getExpression());
    }
    if (expression instanceof ConditionalExpr conditional) {
      return isConstantExpression(conditional.getCondition())
          && isConstantExpression(conditional.getThenExpr())
          && isConstantExpression(conditional.getElseExpr());
    }
    return false;
  }

  private static String normalized(Expression expression) {
    return expression.toString().replaceAll("\\s+", " ").trim();
  }

  /** Public, or protected where a subclass outside the package can exist. */
  private static boolean exported(Level access, boolean extensible) {
    return access == Level.PUBLIC || access == Level.PROTECTED && extensible;
  }

  /**
   * The access a member declares or implies: interface members are public unless private, enum
   * constructors private. Unlike {@link Visibility#declared}, protected stays protected in a final
   * class; whether that is exported is {@link #exported}'s question.
   */
  private static Level access(BodyDeclaration<?> member, TypeDeclaration<?> owner) {
    if (member instanceof ConstructorDeclaration && owner instanceof EnumDeclaration) {
      return Level.PRIVATE;
    }
    NodeWithModifiers<?> modified = (NodeWithModifiers<?>) member;
    if (modified.hasModifier(Modifier.Keyword.PRIVATE)) {
      return Level.PRIVATE;
    }
    if (isInterfaceLike(owner) || modified.hasModifier(Modifier.Keyword.PUBLIC)) {
      return Level.PUBLIC;
    }
    return modified.hasModifier(Modifier.Keyword.PROTECTED) ? Level.PROTECTED : Level.PACKAGE;
  }

  /**
   * Whether code outside the package can subclass or implement the type: not final, sealed, an
   * enum, a record or an annotation, and for a class, with a public or protected constructor (the
   * implicit one has the class's access).
   */
  private static boolean isExtensible(TypeDeclaration<?> type) {
    if (!(type instanceof ClassOrInterfaceDeclaration c)
        || c.isFinal()
        || c.hasModifier(Modifier.Keyword.SEALED)) {
      return false;
    }
    if (c.isInterface()) {
      return true;
    }
    List<ConstructorDeclaration> constructors = c.getConstructors();
    return constructors.isEmpty()
        ? Visibility.declared(c).atLeast(Level.PROTECTED)
        : constructors.stream().anyMatch(k -> k.isPublic() || k.isProtected());
  }

  private static boolean isDeprecated(Node declaration) {
    if (declaration instanceof NodeWithAnnotations<?> annotated
        && Declarations.hasAnnotation(annotated, List.of("Deprecated"))) {
      return true;
    }
    return declaration instanceof NodeWithJavadoc<?> documented
        && documented
            .getJavadoc()
            .map(
                doc ->
                    doc.getBlockTags().stream()
                        .anyMatch(tag -> tag.getType() == JavadocBlockTag.Type.DEPRECATED))
            .orElse(false);
  }

  /** The type's own type parameters with their bounds, renamed by position. */
  private static String typeParameters(TypeDeclaration<?> type) {
    if (!(type instanceof NodeWithTypeParameters<?> generic)) {
      return "";
    }
    Map<String, String> renamed = new HashMap<>();
    for (int i = 0; i < generic.getTypeParameters().size(); i++) {
      renamed.put(generic.getTypeParameters().get(i).getNameAsString(), "^" + i);
    }
    return renamedText(
        PACKAGE_PREFIX
            .matcher(
                generic.getTypeParameters().stream()
                    .map(TypeParameter::asString)
                    .collect(Collectors.joining(","))
                    .replace(" ", ""))
            .replaceAll(""),
        renamed);
  }

  private static String superclass(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
        ? c.getExtendedTypes().getFirst().map(Types::erasure).orElse("")
        : "";
  }

  private static List<String> supertypes(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      c.getExtendedTypes().forEach(t -> names.add(Types.erasure(t)));
      c.getImplementedTypes().forEach(t -> names.add(Types.erasure(t)));
    } else if (type instanceof EnumDeclaration e) {
      e.getImplementedTypes().forEach(t -> names.add(Types.erasure(t)));
    } else if (type instanceof RecordDeclaration r) {
      r.getImplementedTypes().forEach(t -> names.add(Types.erasure(t)));
    }
    return names;
  }

  private static Set<Modifier.Keyword> modifiers(
      NodeWithModifiers<?> declaration, List<Modifier.Keyword> relevant) {
    Set<Modifier.Keyword> found = EnumSet.noneOf(Modifier.Keyword.class);
    relevant.stream().filter(declaration::hasModifier).forEach(found::add);
    return found;
  }

  private static Set<Modifier.Keyword> with(
      Set<Modifier.Keyword> modifiers, Modifier.Keyword keyword) {
    Set<Modifier.Keyword> more = EnumSet.noneOf(Modifier.Keyword.class);
    more.addAll(modifiers);
    more.add(keyword);
    return more;
  }

  static String kind(TypeDeclaration<?> type) {
    if (type.isEnumDeclaration()) {
      return "enum";
    }
    if (type.isRecordDeclaration()) {
      return "record";
    }
    if (type.isAnnotationDeclaration()) {
      return "annotation";
    }
    return isInterfaceLike(type) ? "interface" : "class";
  }

  private static boolean isInterfaceLike(TypeDeclaration<?> type) {
    return type.isAnnotationDeclaration()
        || type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
  }
}
