package dev.reviewbot.rules.change;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Splits a compilation unit into its {@link Member}s. Every token goes to the innermost statement
 * or declaration around it; comments, whitespace, imports, the package line, annotations, {@code
 * final}, braces of blocks and the declared names themselves go nowhere, and parameters and local
 * variables read as their place of declaration, so Javadoc, licence headers, formatting, added
 * braces and renames leave a member's tokens as they were.
 */
final class Members {
  /** Owner of tokens that say nothing about behaviour. */
  private static final Object IGNORED = new Object();

  private final Map<JavaToken, Object> owners = new IdentityHashMap<>();
  private final Map<Node, List<String>> tokens = new IdentityHashMap<>();
  private final Map<Node, List<String>> rawTokens = new IdentityHashMap<>();
  private final List<Node> members = new ArrayList<>();
  private final Map<Node, List<Node>> statements = new IdentityHashMap<>();

  /** The member each owner of tokens belongs to (a member belongs to itself). */
  private final Map<Node, Node> memberOf = new IdentityHashMap<>();

  /**
   * Per member, its parameters and local variables in order of declaration, and the placeholder
   * each reads as.
   */
  private final Map<Node, Map<String, String>> locals = new IdentityHashMap<>();

  private Members() {}

  static List<Member> of(CompilationUnit unit) {
    Members split = new Members();
    unit.walk(Node.TreeTraversal.PREORDER, split::claim);
    unit.getTokenRange()
        .ifPresent(
            range -> {
              for (JavaToken token : range) {
                if (split.owners.get(token) instanceof Node node
                    && !token.getCategory().isWhitespaceOrComment()) {
                  split
                      .rawTokens
                      .computeIfAbsent(node, n -> new ArrayList<>())
                      .add(token.getText());
                  split
                      .tokens
                      .computeIfAbsent(node, n -> new ArrayList<>())
                      .add(split.normalised(token, node));
                }
              }
            });
    return split.members();
  }

  /**
   * A parameter or local variable reads as its place among the member's declarations, so renaming
   * one changes nothing; a name after {@code .} or before {@code (} is a field or method, not the
   * local.
   */
  private String normalised(JavaToken token, Node owner) {
    Map<String, String> names = locals.getOrDefault(memberOf.get(owner), Map.of());
    String placeholder =
        token.getCategory() == JavaToken.Category.IDENTIFIER ? names.get(token.getText()) : null;
    if (placeholder == null
        || ".".equals(neighbour(token, -1))
        || "(".equals(neighbour(token, 1))) {
      return token.getText();
    }
    return placeholder;
  }

  private static String neighbour(JavaToken token, int direction) {
    Optional<JavaToken> next = direction < 0 ? token.getPreviousToken() : token.getNextToken();
    while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
      next = direction < 0 ? next.get().getPreviousToken() : next.get().getNextToken();
    }
    return next.map(JavaToken::getText).orElse(null);
  }

  /** Pre-order, so an inner node's claim overrides its parent's. */
  private void claim(Node node) {
    if (node instanceof AnnotationExpr
        || node instanceof BlockStmt
        || node instanceof EmptyStmt
        || node instanceof Modifier m && m.getKeyword() == Modifier.Keyword.FINAL) {
      claim(node, IGNORED);
    } else if (node instanceof BodyDeclaration<?> && !insideCode(node)) {
      claim(node, node);
      members.add(node);
      memberOf.put(node, node);
      declaredNames(node).forEach(name -> claim(name, IGNORED));
    } else if (node instanceof Statement) {
      claim(node, node);
      enclosingMember(node)
          .ifPresent(
              member -> {
                statements.computeIfAbsent(member, m -> new ArrayList<>()).add(node);
                memberOf.put(node, member);
              });
    } else {
      localName(node)
          .ifPresent(
              name ->
                  enclosingMember(node)
                      .ifPresent(
                          member -> {
                            Map<String, String> names =
                                locals.computeIfAbsent(member, m -> new HashMap<>());
                            names.putIfAbsent(name, "$" + (names.size() + 1));
                          }));
    }
  }

  /**
   * Parameters (of methods, lambdas, catch clauses), local variables and pattern variables; not
   * record components.
   */
  private static Optional<String> localName(Node node) {
    if (node instanceof Parameter parameter
        && !(node.getParentNode().orElse(null) instanceof TypeDeclaration<?>)) {
      return Optional.of(parameter.getNameAsString());
    }
    if (node instanceof VariableDeclarator variable
        && !(node.getParentNode().orElse(null) instanceof FieldDeclaration)) {
      return Optional.of(variable.getNameAsString());
    }
    if (node instanceof TypePatternExpr pattern) {
      return Optional.of(pattern.getNameAsString());
    }
    return Optional.empty();
  }

  private void claim(Node node, Object owner) {
    node.getTokenRange().ifPresent(range -> range.forEach(token -> owners.put(token, owner)));
  }

  /**
   * Declarations inside a method body or an expression (local and anonymous classes) belong to its
   * statements.
   */
  private static boolean insideCode(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof Statement || n instanceof Expression) {
        return true;
      }
    }
    return false;
  }

  private Optional<Node> enclosingMember(Node statement) {
    for (Node n = statement.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof BodyDeclaration<?> && !insideCode(n)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static List<Node> declaredNames(Node node) {
    List<Node> names = new ArrayList<>();
    if (node instanceof TypeDeclaration<?> type) {
      names.add(type.getName());
    } else if (node instanceof CallableDeclaration<?> callable) {
      names.add(callable.getName());
    } else if (node instanceof CompactConstructorDeclaration compact) {
      names.add(compact.getName());
    } else if (node instanceof FieldDeclaration field) {
      field.getVariables().forEach(v -> names.add(v.getName()));
    } else if (node instanceof EnumConstantDeclaration constant) {
      names.add(constant.getName());
    } else if (node instanceof AnnotationMemberDeclaration element) {
      names.add(element.getName());
    }
    return names;
  }

  private List<Member> members() {
    List<Member> result = new ArrayList<>();
    Map<String, Integer> initializers = new HashMap<>();
    for (Node node : members) {
      String scope = scope(node);
      List<Node> body =
          statements.getOrDefault(node, List.of()).stream().filter(tokens::containsKey).toList();
      Body parts =
          new Body(
              tokens.getOrDefault(node, List.of()),
              body.stream().map(tokens::get).toList(),
              body.stream().map(rawTokens::get).toList());
      result.add(member(node, scope, parts, initializers).withDeclaration(node));
    }
    return result;
  }

  /**
   * A member's tokens: header and statements with locals as placeholders, and the statements as
   * written.
   */
  private record Body(
      List<String> header, List<List<String>> statements, List<List<String>> written) {}

  private static Member member(
      Node node, String scope, Body body, Map<String, Integer> initializers) {
    if (node instanceof TypeDeclaration<?> type) {
      return new Member(
          scope,
          Member.Kind.TYPE,
          type.getNameAsString(),
          "type",
          body.header(),
          body.statements(),
          body.written(),
          false);
    }
    if (node instanceof CallableDeclaration<?> callable) {
      return new Member(
          scope,
          Member.Kind.METHOD,
          name(callable),
          name(callable) + parameters(callable.getParameters()),
          body.header(),
          body.statements(),
          body.written(),
          false);
    }
    if (node instanceof CompactConstructorDeclaration) {
      return new Member(
          scope,
          Member.Kind.METHOD,
          "<init>",
          "<init>(compact)",
          body.header(),
          body.statements(),
          body.written(),
          false);
    }
    if (node instanceof InitializerDeclaration init) {
      String kind = init.isStatic() ? "<clinit>" : "<init>";
      // initializer blocks have no name: the n-th of its kind in its type
      return new Member(
          scope,
          Member.Kind.METHOD,
          kind,
          kind + "#" + initializers.merge(scope + kind, 1, Integer::sum),
          body.header(),
          body.statements(),
          body.written(),
          false);
    }
    if (node instanceof FieldDeclaration field) {
      String names =
          field.getVariables().stream()
              .map(VariableDeclarator::getNameAsString)
              .collect(Collectors.joining(","));
      return new Member(
          scope,
          Member.Kind.FIELD,
          names,
          "field " + names,
          body.header(),
          body.statements(),
          body.written(),
          field.getVariables().stream().anyMatch(v -> v.getInitializer().isPresent()));
    }
    if (node instanceof EnumConstantDeclaration constant) {
      return new Member(
          scope,
          Member.Kind.FIELD,
          constant.getNameAsString(),
          "constant " + constant.getNameAsString(),
          body.header(),
          body.statements(),
          body.written(),
          true);
    }
    if (node instanceof AnnotationMemberDeclaration element) {
      return new Member(
          scope,
          Member.Kind.FIELD,
          element.getNameAsString(),
          element.getNameAsString() + "()",
          body.header(),
          body.statements(),
          body.written(),
          element.getDefaultValue().isPresent());
    }
    String other = node.getClass().getSimpleName();
    return new Member(
        scope,
        Member.Kind.FIELD,
        other,
        other,
        body.header(),
        body.statements(),
        body.written(),
        false);
  }

  private static String name(CallableDeclaration<?> callable) {
    return callable instanceof ConstructorDeclaration ? "<init>" : callable.getNameAsString();
  }

  private static String parameters(List<Parameter> parameters) {
    return parameters.stream()
        .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
        .collect(Collectors.joining(",", "(", ")"));
  }

  /**
   * Enclosing types (and enum constants with a body), outermost first; a type's scope ends with its
   * own name.
   */
  private static String scope(Node node) {
    List<String> names = new ArrayList<>();
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        names.add(0, type.getNameAsString());
      } else if (n instanceof EnumConstantDeclaration constant && n != node) {
        names.add(0, constant.getNameAsString());
      }
    }
    return String.join(".", names);
  }
}
