package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a simple name at some point in the code is a local variable or parameter rather than a
 * field. Without symbol resolution this is approximate and errs towards "local": a name declared
 * anywhere in the enclosing member counts, wherever in the member it is used. One instance per
 * file: it remembers each member's names, so a question costs no second walk.
 */
public final class LocalNames {
  private final Map<Node, Set<String>> byMember = new IdentityHashMap<>();

  /**
   * True if {@code name} is declared as a parameter or local variable in a member around {@code
   * at}: its own method, and for code in an anonymous or local class also the methods around that.
   */
  public boolean isLocal(Node at, String name) {
    for (Node current = at; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof BodyDeclaration<?>
          && !(current instanceof TypeDeclaration<?>)
          && byMember.computeIfAbsent(current, LocalNames::declaredIn).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parameters, local variables, lambda and catch parameters and pattern variables declared inside
   * {@code member}.
   */
  private static Set<String> declaredIn(Node member) {
    Set<String> names = new HashSet<>();
    if (member instanceof CallableDeclaration<?> callable) {
      callable.getParameters().forEach(p -> names.add(p.getNameAsString()));
    }
    member.walk(
        node -> {
          if (node instanceof Parameter parameter) {
            names.add(parameter.getNameAsString());
          } else if (node instanceof VariableDeclarator variable
              && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            names.add(variable.getNameAsString());
          } else if (node instanceof TypePatternExpr pattern) {
            names.add(pattern.getNameAsString());
          }
        });
    return names;
  }
}
