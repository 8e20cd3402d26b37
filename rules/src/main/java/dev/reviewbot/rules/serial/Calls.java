package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a serialization method does, following the calls it makes to its own class's methods ({@code
 * readObject} calling {@code readState(in)} calling {@code in.defaultReadObject()}). A call to a
 * method the class does not declare (inherited, or on {@code super}) cannot be followed, so it may
 * do anything: it counts as a match.
 */
final class Calls {
  private Calls() {}

  /**
   * True if {@code start}, or a method of {@code type} it reaches, calls one of {@code names} (on
   * any object).
   */
  static boolean reach(
      ClassOrInterfaceDeclaration type, MethodDeclaration start, Set<String> names) {
    return reach(
        type,
        start,
        m ->
            m.findFirst(MethodCallExpr.class, c -> names.contains(c.getNameAsString()))
                .isPresent());
  }

  /**
   * True if {@code start}, or a method of {@code type} it reaches, satisfies {@code test}, or a
   * call leaves the class.
   */
  static boolean reach(
      ClassOrInterfaceDeclaration type,
      MethodDeclaration start,
      Predicate<MethodDeclaration> test) {
    Deque<MethodDeclaration> todo = new ArrayDeque<>(List.of(start));
    Set<MethodDeclaration> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!todo.isEmpty()) {
      MethodDeclaration method = todo.pop();
      if (!seen.add(method)) {
        continue;
      }
      if (test.test(method)) {
        return true;
      }
      for (MethodCallExpr call : method.findAll(MethodCallExpr.class, Calls::onThisObject)) {
        List<MethodDeclaration> declared = type.getMethodsByName(call.getNameAsString());
        if (declared.isEmpty() || call.getScope().filter(Expression::isSuperExpr).isPresent()) {
          return true;
        }
        todo.addAll(declared);
      }
    }
    return false;
  }

  private static boolean onThisObject(MethodCallExpr call) {
    return call.getScope().map(s -> s.isThisExpr() || s.isSuperExpr()).orElse(true);
  }
}
