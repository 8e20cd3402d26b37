package dev.reviewbot.rules.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.reviewbot.rules.internal.Anchoring;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Types;
import dev.reviewbot.rules.internal.Visibility;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one source file exports: its public top-level types and, inside them, every type and
 * member other code can reach (public, or protected where a subclass outside the package can
 * exist). A package with an internal segment exports nothing. {@code @Override} methods are left
 * out: they implement a contract a supertype already exports.
 */
final class ExportedApi {
  private ExportedApi() {}

  static Map<String, ApiType> of(CompilationUnit unit, List<String> internalPackages) {
    Map<String, ApiType> types = new LinkedHashMap<>();
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    if (!isInternal(pkg, internalPackages)) {
      unit.getTypes().stream().filter(t -> Visibility.declared(t) == Level.PUBLIC)
          .forEach(type -> collect(type, type.getNameAsString(), types));
    }
    return types;
  }

  /** An entry with a dot names a package (and its subpackages); one without names a package segment. */
  static boolean isInternal(String pkg, List<String> internalPackages) {
    List<String> segments = List.of(pkg.split("\\."));
    return internalPackages.stream().anyMatch(entry -> entry.contains(".")
        ? pkg.equals(entry) || pkg.startsWith(entry + ".") : segments.contains(entry));
  }

  private static void collect(TypeDeclaration<?> type, String path, Map<String, ApiType> types) {
    List<ApiMember> members = new ArrayList<>(headerMembers(type));
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (Visibility.declared(member).atLeast(Level.PROTECTED)) {
        members.addAll(membersOf(member, type));
        if (member instanceof TypeDeclaration<?> nested) {
          collect(nested, path + "." + nested.getNameAsString(), types);
        }
      }
    }
    defaultConstructor(type).ifPresent(members::add);
    types.put(path, new ApiType(path, kind(type), type, members));
  }

  /** Record components (their accessors) and enum constants: declared in the type's header. */
  private static List<ApiMember> headerMembers(TypeDeclaration<?> type) {
    if (type instanceof RecordDeclaration record) {
      return record.getParameters().stream().map(component -> new ApiMember("component:" + component.getNameAsString(),
          "public " + Types.text(component.getType()), "component `" + component.getNameAsString() + "`",
          Anchoring.lineOf(component.getName()), false, false)).toList();
    }
    if (type instanceof EnumDeclaration enumType) {
      return enumType.getEntries().stream().map(constant -> new ApiMember("constant:" + constant.getNameAsString(), "public ",
          "constant `" + constant.getNameAsString() + "`", Anchoring.lineOf(constant.getName()), false, false)).toList();
    }
    return List.of();
  }

  /** What one exported member declaration contributes: none for an override, one per variable of a field. */
  private static List<ApiMember> membersOf(BodyDeclaration<?> member, TypeDeclaration<?> owner) {
    if (member instanceof TypeDeclaration<?> nested) {
      return List.of(new ApiMember("type:" + nested.getNameAsString(), access(nested) + kind(nested) + modifiers(nested),
          kind(nested) + " `" + nested.getNameAsString() + "`", Anchoring.lineOf(nested.getName()), false, false));
    }
    if (member instanceof MethodDeclaration method) {
      return Declarations.isOverride(method) ? List.of() : List.of(callable(method, "method", Types.text(method.getType()) + " "));
    }
    if (member instanceof ConstructorDeclaration constructor) {
      return Declarations.isCanonicalConstructor(constructor) ? List.of() : List.of(callable(constructor, "constructor", ""));
    }
    if (member instanceof FieldDeclaration field) {
      boolean constant = field.isStatic() && field.isFinal() || isInterfaceLike(owner);
      return field.getVariables().stream().map(variable -> new ApiMember("field:" + variable.getNameAsString(),
          access(field) + modifiers(field) + Types.text(variable.getType()),
          (constant ? "constant `" : "field `") + variable.getNameAsString() + "`", Anchoring.lineOf(variable.getName()),
          !constant, false)).toList();
    }
    if (member instanceof AnnotationMemberDeclaration element) {
      return List.of(new ApiMember("element:" + element.getNameAsString(), "public " + Types.text(element.getType()),
          "element `" + element.getNameAsString() + "()`", Anchoring.lineOf(element.getName()), true, false));
    }
    return List.of();
  }

  /** The constructor the compiler adds to a class that declares none: losing it breaks callers. */
  private static Optional<ApiMember> defaultConstructor(TypeDeclaration<?> type) {
    boolean declaresOne = type.getMembers().stream().anyMatch(ConstructorDeclaration.class::isInstance);
    if (declaresOne || !(type instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
      return Optional.empty();
    }
    return Optional.of(new ApiMember("constructor:()", access(type), "constructor `" + type.getNameAsString() + "()`",
        null, false, true));
  }

  private static ApiMember callable(CallableDeclaration<?> callable, String kind, String returned) {
    Map<String, String> bounds = typeVariableErasures(callable);
    String erased = callable.getParameters().stream()
        .map(p -> bounds.getOrDefault(Types.erasure(p.getType()), Types.erasure(p.getType())) + (p.isVarArgs() ? "[]" : ""))
        .collect(Collectors.joining(","));
    String params = callable.getParameters().stream().map(p -> Types.text(p.getType()) + (p.isVarArgs() ? "..." : ""))
        .collect(Collectors.joining(", "));
    String typeParams = callable.getTypeParameters().isEmpty() ? ""
        : callable.getTypeParameters().stream().map(TypeParameter::asString).collect(Collectors.joining(", ", "<", "> "));
    String thrown = callable.getThrownExceptions().isEmpty() ? ""
        : callable.getThrownExceptions().stream().map(ReferenceType::asString).collect(Collectors.joining(", ", " throws ", ""));
    String signature = callable.getNameAsString() + "(" + params + ")";
    return new ApiMember(kind + ":" + callable.getNameAsString() + "(" + erased + ")",
        access(callable) + modifiers(callable) + typeParams + returned + signature + thrown,
        kind + " `" + typeParams + signature + "`", Anchoring.lineOf(callable.getName()), true, false);
  }

  /**
   * What each type variable in scope erases to, as the compiler sees it: its first bound, else
   * {@code Object}. {@code <T extends Map<?, ?>> T notEmpty(T)} and {@code <T extends
   * Collection<?>> T notEmpty(T)} are two overloads, not one method.
   */
  private static Map<String, String> typeVariableErasures(CallableDeclaration<?> callable) {
    Map<String, String> erasures = new HashMap<>();
    List<TypeParameter> inScope = new ArrayList<>(callable.getTypeParameters());
    callable.findAncestor(ClassOrInterfaceDeclaration.class).ifPresent(type -> inScope.addAll(type.getTypeParameters()));
    for (TypeParameter variable : inScope) {
      erasures.putIfAbsent(variable.getNameAsString(),
          variable.getTypeBound().isEmpty() ? "Object" : Types.erasure(variable.getTypeBound().get(0)));
    }
    return erasures;
  }

  private static String access(BodyDeclaration<?> declaration) {
    return Visibility.declared(declaration).name().toLowerCase(Locale.ROOT) + " ";
  }

  /** The modifiers a caller or subclass depends on. */
  private static String modifiers(NodeWithModifiers<?> declaration) {
    StringBuilder text = new StringBuilder();
    for (Modifier.Keyword keyword : List.of(Modifier.Keyword.STATIC, Modifier.Keyword.FINAL, Modifier.Keyword.ABSTRACT,
        Modifier.Keyword.DEFAULT, Modifier.Keyword.SEALED)) {
      if (declaration.hasModifier(keyword)) {
        text.append(keyword.asString()).append(' ');
      }
    }
    return text.toString();
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
    return type.isAnnotationDeclaration() || type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
  }
}
