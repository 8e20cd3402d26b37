package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A method or constructor with a body, as the guard rule reads it.
 *
 * @param declaration the method, constructor or compact constructor
 * @param body its body
 * @param parameters its parameters (a compact constructor's are the record's components)
 */
record MethodBody(Node declaration, BlockStmt body, List<Parameter> parameters) {

  MethodBody {
    parameters = List.copyOf(parameters);
  }

  /** The member's body, if it is a method or constructor that has one. */
  static Optional<MethodBody> of(Node declaration) {
    if (declaration instanceof MethodDeclaration method) {
      return method.getBody().map(body -> new MethodBody(method, body, method.getParameters()));
    }
    if (declaration instanceof ConstructorDeclaration constructor) {
      return Optional.of(
          new MethodBody(constructor, constructor.getBody(), constructor.getParameters()));
    }
    if (declaration instanceof CompactConstructorDeclaration compact
        && compact.getParentNode().orElse(null) instanceof RecordDeclaration record) {
      return Optional.of(new MethodBody(compact, compact.getBody(), record.getParameters()));
    }
    return Optional.empty();
  }

  /** The position of the parameter called {@code name}, or -1. */
  int parameterIndex(String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).getNameAsString().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code copy(InputStream, OutputStream)}, or the type's name for a constructor. */
  String display() {
    return name()
        + parameters.stream()
            .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** The method's own name; a constructor's is its type's. */
  String name() {
    return declaration instanceof CallableDeclaration<?> callable
        ? callable.getNameAsString()
        : ((CompactConstructorDeclaration) declaration).getNameAsString();
  }
}
