package dev.reviewbot.rules.leftover;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StringProvider;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a comment's text is Java code: statements a method body could hold, or members a class
 * body could. The parser is lenient ({@code see below;} parses as a declaration, {@code TODO:
 * fix();} as a labelled statement), so each top-level statement must also look like code someone
 * wrote: a call, an assignment, a creation, a declaration of a plausible type, or any other kind of
 * statement.
 */
final class JavaSnippets {
  // a JavaParser is not thread-safe; comments are not needed inside a snippet
  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(
          () ->
              new JavaParser(
                  new ParserConfiguration()
                      .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                      .setAttributeComments(false)));

  private static final Set<UnaryExpr.Operator> INCREMENTS =
      EnumSet.of(
          UnaryExpr.Operator.PREFIX_INCREMENT,
          UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT,
          UnaryExpr.Operator.POSTFIX_DECREMENT);

  private JavaSnippets() {}

  /** Where a comment is, and so what the code in it would have to be to be uncommented there. */
  enum Place {
    /** In a method body, an initializer or a switch: statements. */
    STATEMENTS,
    /** In a type's body: fields, methods, nested types. */
    MEMBERS,
    /** Outside every type. */
    ANYWHERE
  }

  /**
   * The parsed code if {@code text} is statements or class members that look written and could be
   * uncommented at {@code place}, else empty. Code that could not stand where it is written (field
   * declarations inside a method, say) is a reference to code elsewhere, not code commented out.
   */
  static Optional<Node> parse(String text, Place place) {
    JavaParser parser = PARSER.get();
    if (place != Place.MEMBERS) {
      ParseResult<BlockStmt> block =
          parser.parse(ParseStart.BLOCK, new StringProvider("{\n" + text + "\n}"));
      if (block.isSuccessful() && block.getResult().isPresent()) {
        BlockStmt statements = block.getResult().get();
        return statements.getStatements().isNonEmpty()
                && statements.getStatements().stream().allMatch(JavaSnippets::written)
            ? Optional.of(statements)
            : Optional.empty();
      }
      if (place == Place.STATEMENTS) {
        return Optional.empty();
      }
    }
    ParseResult<CompilationUnit> members =
        parser.parse(
            ParseStart.COMPILATION_UNIT, new StringProvider("class Snippet {\n" + text + "\n}"));
    if (members.isSuccessful() && members.getResult().isPresent()) {
      List<BodyDeclaration<?>> declared = members.getResult().get().getType(0).getMembers();
      return !declared.isEmpty() && declared.stream().allMatch(JavaSnippets::written)
          ? Optional.of(members.getResult().get().getType(0))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean written(Statement statement) {
    if (statement instanceof ExpressionStmt expression) {
      return written(expression.getExpression());
    }
    if (statement instanceof LabeledStmt labeled) {
      // real labels name loops; "TODO: fix();" and "Note: see x;" are prose that happens to parse
      Statement target = labeled.getStatement();
      return target instanceof ForStmt
          || target instanceof ForEachStmt
          || target instanceof WhileStmt
          || target instanceof DoStmt;
    }
    return !(statement instanceof EmptyStmt) && !(statement instanceof LocalClassDeclarationStmt);
  }

  private static boolean written(Expression expression) {
    if (expression instanceof VariableDeclarationExpr declaration) {
      return declaration.getVariables().stream()
          .allMatch(v -> v.getInitializer().isPresent() || plausibleType(v.getType()));
    }
    return expression instanceof MethodCallExpr
        || expression instanceof AssignExpr
        || expression instanceof ObjectCreationExpr
        || expression instanceof UnaryExpr unary && INCREMENTS.contains(unary.getOperator());
  }

  private static boolean written(BodyDeclaration<?> member) {
    if (member instanceof FieldDeclaration field) {
      return field.getVariables().stream()
          .allMatch(
              v ->
                  v.getInitializer().isPresent()
                      || plausibleType(v.getType())
                      || !field.getModifiers().isEmpty());
    }
    return member instanceof CallableDeclaration<?> || member instanceof TypeDeclaration<?>;
  }

  /**
   * {@code int}, {@code String}, {@code List<Foo>}, {@code byte[]}, {@code a.B}: not {@code see
   * below}.
   */
  private static boolean plausibleType(Type type) {
    if (type.isPrimitiveType() || type.isArrayType() || type.isVarType()) {
      return true;
    }
    String name = type.asString();
    int dot = name.lastIndexOf('.');
    String simple = dot < 0 ? name : name.substring(dot + 1);
    return !simple.isEmpty() && Character.isUpperCase(simple.charAt(0)) || name.contains("<");
  }
}
