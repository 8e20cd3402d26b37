package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a type a declaration names is the project's own and declared in another file, from the
 * file's imports alone: a JDK type is imported from {@code java.} or {@code javax.}, or is one of
 * {@code java.lang}'s; a type declared in the file is not elsewhere.
 */
final class ProjectTypes {
  /** {@code java.lang} classes a class may extend without importing them. */
  private static final Set<String> JAVA_LANG =
      Set.of(
          "Object",
          "Number",
          "Thread",
          "ClassLoader",
          "Throwable",
          "Exception",
          "RuntimeException",
          "Error",
          "Enum",
          "Record",
          "SecurityManager",
          "ThreadLocal",
          "InheritableThreadLocal",
          "ClassValue");

  /**
   * JDK classes often extended, which a wildcard import ({@code java.io.*}, {@code java.util.*})
   * brings in.
   */
  private static final Set<String> WILDCARD_JDK =
      Set.of(
          "InputStream",
          "OutputStream",
          "Reader",
          "Writer",
          "FilterInputStream",
          "FilterOutputStream",
          "FilterReader",
          "FilterWriter",
          "BufferedInputStream",
          "BufferedOutputStream",
          "BufferedReader",
          "BufferedWriter",
          "PrintStream",
          "PrintWriter",
          "ObjectInputStream",
          "ObjectOutputStream",
          "File",
          "AbstractCollection",
          "AbstractList",
          "AbstractSequentialList",
          "AbstractSet",
          "AbstractMap",
          "AbstractQueue",
          "ArrayList",
          "LinkedList",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "Properties",
          "EventObject",
          "TimerTask",
          "Observable",
          "Random",
          "ResourceBundle",
          "ListResourceBundle",
          "Format",
          "AbstractExecutorService",
          "ThreadPoolExecutor",
          "FutureTask",
          "RecursiveTask",
          "RecursiveAction",
          "ForkJoinTask",
          "Handler",
          "Formatter",
          "Level",
          "Logger");

  private ProjectTypes() {}

  /**
   * {@code name} is an erased simple name as written in {@code context}'s file; {@code ""} is no
   * type.
   */
  static boolean isElsewhere(String name, TypeDeclaration<?> context) {
    if (name.isEmpty()) {
      return false;
    }
    Optional<CompilationUnit> unit = context.findCompilationUnit();
    String outermost = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (unit.isEmpty()
        || unit.get().findAll(TypeDeclaration.class).stream()
            .anyMatch(t -> t.getNameAsString().equals(outermost))) {
      return false;
    }
    Optional<ImportDeclaration> imported =
        unit.get().getImports().stream()
            .filter(
                i ->
                    !i.isAsterisk()
                        && !i.isStatic()
                        && i.getName().getIdentifier().equals(outermost))
            .findFirst();
    if (imported.isPresent()) {
      String qualified = imported.get().getNameAsString();
      return !qualified.startsWith("java.") && !qualified.startsWith("javax.");
    }
    boolean jdkWildcard =
        unit.get().getImports().stream()
            .anyMatch(
                i ->
                    i.isAsterisk()
                        && !i.isStatic()
                        && (i.getNameAsString().startsWith("java.")
                            || i.getNameAsString().startsWith("javax.")));
    // without an import: this package or java.lang, or, under a JDK wildcard import, a JDK class
    // commonly extended
    boolean jdk =
        JAVA_LANG.contains(outermost)
            || outermost.endsWith("Exception")
            || outermost.endsWith("Error")
            || jdkWildcard && WILDCARD_JDK.contains(outermost);
    return !jdk;
  }
}
