package dev.reviewbot.fix.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.PackageDeclaration;
import java.util.Optional;

/** Where {@code import name;} goes in a file, or that it needs none. */
public final class Imports {
  private Imports() {}

  /**
   * An insertion adding the import in order among the file's non-static imports, after them, or
   * after the package declaration; empty when the file already sees the type by that name.
   */
  public static Optional<Span> insertion(CompilationUnit unit, LineIndex index, String name) {
    String pkg = name.substring(0, name.lastIndexOf('.'));
    boolean visible =
        pkg.equals("java.lang")
            || unit.getPackageDeclaration()
                .map(PackageDeclaration::getNameAsString)
                .filter(pkg::equals)
                .isPresent()
            || unit.getImports().stream()
                .filter(i -> !i.isStatic())
                .anyMatch(
                    i ->
                        i.isAsterisk()
                            ? i.getNameAsString().equals(pkg)
                            : i.getNameAsString().equals(name));
    if (visible) {
      return Optional.empty();
    }
    String eol = index.lineEnding();
    String line = "import " + name + ";";
    ImportDeclaration last = null;
    for (ImportDeclaration existing : unit.getImports()) {
      if (existing.isStatic() || existing.getBegin().isEmpty()) {
        continue;
      }
      if (existing.getNameAsString().compareTo(name) > 0) {
        int at = index.lineStart(existing.getBegin().get().line);
        return Optional.of(new Span(at, at, line + eol));
      }
      last = existing;
    }
    if (last == null && !unit.getImports().isEmpty()) {
      last = unit.getImports().get(unit.getImports().size() - 1);
    }
    if (last != null && last.getEnd().isPresent()) {
      int at = index.lineEnd(last.getEnd().get().line);
      return Optional.of(new Span(at, at, eol + line));
    }
    Optional<Integer> afterPackage =
        unit.getPackageDeclaration()
            .flatMap(PackageDeclaration::getEnd)
            .map(end -> index.lineEnd(end.line));
    return Optional.of(
        afterPackage
            .map(at -> new Span(at, at, eol + eol + line))
            .orElseGet(() -> new Span(0, 0, line + eol + eol)));
  }
}
