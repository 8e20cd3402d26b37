package dev.reviewbot.declared.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the type names of one compilation unit denote, from the file alone (no symbol solver, no
 * class path), following the Java scoping rules in their order: type parameters, local classes and
 * member types in scope shadow everything; then the file's own types; then single-type imports;
 * then on-demand imports, {@code java.lang} and the same package. One instance per file.
 */
public final class TypeNames {
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemand = new ArrayList<>();
  private final Map<String, Set<String>> staticSingle = new HashMap<>();
  private final List<String> staticOnDemand = new ArrayList<>();
  private final Set<String> fileTypes = new HashSet<>();

  public TypeNames(CompilationUnit unit) {
    packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration imported : unit.getImports()) {
      String name = imported.getNameAsString();
      if (imported.isStatic() && imported.isAsterisk()) {
        staticOnDemand.add(name);
        onDemand.add(name);
      } else if (imported.isStatic()) {
        int dot = name.lastIndexOf('.');
        staticSingle
            .computeIfAbsent(name.substring(dot + 1), k -> new LinkedHashSet<>())
            .add(name.substring(0, dot));
        // a static import may also import a member type
        singleImports.putIfAbsent(name.substring(dot + 1), name);
      } else if (imported.isAsterisk()) {
        onDemand.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    onDemand.add("java.lang");
    unit.getTypes().forEach(t -> fileTypes.add(t.getNameAsString()));
  }

  /** What the simple or qualified type name {@code name}, written at {@code at}, may denote. */
  public Resolution resolve(String name, Node at) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return resolveSimple(name, at);
    }
    Resolution first = resolveSimple(name.substring(0, dot), at);
    Resolution qualified = first.append(name.substring(dot));
    if (first.exact()) {
      return qualified;
    }
    // the first part may also be a package: java.util.Date
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(qualified.names());
    return new Resolution(names, false);
  }

  /**
   * The types an unqualified call of method {@code name} at {@code at} may belong to: the innermost
   * enclosing type declaring a method of that name, else the static imports.
   */
  public Resolution ownerOfUnqualifiedCall(String name, Node at) {
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type && !type.getMethodsByName(name).isEmpty()) {
        return type.getFullyQualifiedName().map(Resolution::exactly).orElse(Resolution.NONE);
      }
      if (node instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isPresent()
          && creation.getAnonymousClassBody().get().stream()
              .anyMatch(m -> declaresMethod(m, name))) {
        return Resolution.NONE;
      }
    }
    Set<String> owners = staticSingle.get(name);
    if (owners != null) {
      return new Resolution(List.copyOf(owners), owners.size() == 1);
    }
    return new Resolution(staticOnDemand, false);
  }

  /** The full name of the innermost type around {@code at}, for {@code this}. */
  public Resolution enclosingType(Node at) {
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isPresent()) {
        return Resolution.NONE;
      }
      if (node instanceof TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().map(Resolution::exactly).orElse(Resolution.NONE);
      }
    }
    return Resolution.NONE;
  }

  private Resolution resolveSimple(String name, Node at) {
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithTypeParameters<?> generic
          && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
        return Resolution.NONE;
      }
      if (declaresLocalType(node, name)) {
        return Resolution.NONE;
      }
      if (node instanceof TypeDeclaration<?> type) {
        if (type.getNameAsString().equals(name)) {
          return type.getFullyQualifiedName().map(Resolution::exactly).orElse(Resolution.NONE);
        }
        if (type.getMembers().stream()
            .anyMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name))) {
          return type.getFullyQualifiedName()
              .map(n -> Resolution.exactly(n + "." + name))
              .orElse(Resolution.NONE);
        }
      }
      if (node instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isPresent()
          && creation.getAnonymousClassBody().get().stream()
              .anyMatch(
                  m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name))) {
        return Resolution.NONE;
      }
    }
    if (fileTypes.contains(name)) {
      return Resolution.exactly(qualify(name));
    }
    String imported = singleImports.get(name);
    if (imported != null) {
      return Resolution.exactly(imported);
    }
    List<String> names = new ArrayList<>();
    onDemand.forEach(p -> names.add(p + "." + name));
    names.add(qualify(name));
    return new Resolution(names, false);
  }

  private String qualify(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  /**
   * A block (or switch case) that declares a local class, record, enum or interface named {@code
   * name}.
   */
  private static boolean declaresLocalType(Node node, String name) {
    List<Statement> statements;
    if (node instanceof BlockStmt block) {
      statements = block.getStatements();
    } else if (node instanceof SwitchEntry entry) {
      statements = entry.getStatements();
    } else {
      return false;
    }
    for (Statement statement : statements) {
      Optional<String> declared =
          statement instanceof LocalClassDeclarationStmt local
              ? Optional.of(local.getClassDeclaration().getNameAsString())
              : statement instanceof LocalRecordDeclarationStmt record
                  ? Optional.of(record.getRecordDeclaration().getNameAsString())
                  : Optional.empty();
      if (declared.filter(name::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresMethod(BodyDeclaration<?> member, String name) {
    return member.isMethodDeclaration()
        && member.asMethodDeclaration().getNameAsString().equals(name);
  }
}
