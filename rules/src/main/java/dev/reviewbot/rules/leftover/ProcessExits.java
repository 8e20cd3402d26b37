package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewbot.rules.internal.MainMethods;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Calls that end the whole JVM ({@code System.exit}, {@code Runtime.getRuntime().exit/halt}), and
 * the code whose job that is: a type that declares a {@code main} method, and files whose path
 * names a command-line tool (a word of the path, split at {@code / . - _} and camel case, is one of
 * the configured words: {@code maven-cli/.../MavenCling.java} has "cli").
 */
final class ProcessExits {
  private ProcessExits() {}

  /** {@code System.exit}, {@code Runtime.getRuntime().exit} or {@code .halt}, as written. */
  static Optional<String> exitCall(MethodCallExpr call) {
    String name = call.getNameAsString();
    String scope = call.getScope().map(Node::toString).orElse("");
    if (name.equals("exit") && (scope.equals("System") || scope.equals("java.lang.System"))) {
      return Optional.of(scope + ".exit");
    }
    if ((name.equals("exit") || name.equals("halt"))
        && (scope.equals("Runtime.getRuntime()")
            || scope.equals("java.lang.Runtime.getRuntime()"))) {
      return Optional.of(scope + "." + name);
    }
    return Optional.empty();
  }

  /**
   * Inside a {@code main} method, a type that declares one, or a file whose path names a
   * command-line tool.
   */
  static boolean inEntryPoint(Node node, String path, Collection<String> entryPointWords) {
    return MainMethods.inMainClass(node)
        || pathWords(path).stream().anyMatch(entryPointWords::contains);
  }

  /**
   * {@code impl/maven-cli/src/main/java/a/MavenCling.java}: impl, maven, cli, src, main, java, a,
   * maven, cling, java.
   */
  static List<String> pathWords(String path) {
    return Arrays.stream(path.split("[/.\\-_]+|(?<=[a-z0-9])(?=[A-Z])"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .toList();
  }
}
