package dev.reviewbot.rules.change;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.LocalNames;
import dev.reviewbot.rules.internal.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the {@link Guard}s of a method: {@code if (cond) throw new ...}, calls of checks ({@code
 * Objects.requireNonNull}, Guava's {@code Preconditions}, commons-lang's and jsoup's {@code
 * Validate}, Spring's {@code Assert}, and any {@code check*}, {@code require*}, {@code validate*}
 * or {@code assert*} helper), {@code if (param == null) return ...} and {@code assert}. Only checks
 * of the method's parameters or of fields count, and only in the method's own code: a lambda or an
 * anonymous class checks its own arguments.
 */
final class Guards {
  /** Checks whose first argument is the value checked and the rest a message. */
  private static final Set<String> CHECK_FIRST =
      Set.of(
          "requireNonNull",
          "checkNotNull",
          "checkArgument",
          "checkState",
          "notNull",
          "notNullParam",
          "notEmpty",
          "notEmptyParam",
          "notBlank",
          "noNullElements",
          "isTrue",
          "isFalse",
          "validState",
          "isInstanceOf",
          "isAssignableFrom",
          "hasText",
          "hasLength",
          "state",
          "isNull",
          "notNaN",
          "finite",
          "matchesPattern",
          "ensureNotNull",
          "requireNonEmpty");

  /** Checks of library classes whose name says nothing on its own (index and range checks). */
  private static final Set<String> CHECK_ALL =
      Set.of(
          "checkElementIndex",
          "checkPositionIndex",
          "checkPositionIndexes",
          "checkIndex",
          "checkFromToIndex",
          "checkFromIndexSize",
          "validIndex",
          "inclusiveBetween",
          "exclusiveBetween");

  /** Checks that hand back the value they checked, so they also stand inside an expression. */
  private static final Set<String> VALUE_RETURNING =
      Set.of(
          "requireNonNull",
          "requireNonNullElse",
          "checkNotNull",
          "notNull",
          "notNullParam",
          "notEmpty",
          "notBlank",
          "noNullElements",
          "validIndex",
          "ensureNotNull",
          "requireNonEmpty",
          "checkElementIndex",
          "checkPositionIndex",
          "checkIndex",
          "checkFromToIndex",
          "checkFromIndexSize");

  /** Checks of a condition the caller states. */
  private static final Set<String> BOOLEAN_CHECKS =
      Set.of("checkArgument", "checkState", "isTrue", "validState", "state");

  /** Word prefixes of a helper that checks and throws. */
  private static final String[] CHECK_PREFIXES = {"check", "require", "validate", "assert"};

  /**
   * {@code ensure} also names lazy creation ({@code ensureCapacity}): only these second words
   * check.
   */
  private static final Set<String> ENSURE_CHECKS =
      Set.of("Not", "Open", "Valid", "Closed", "Non", "State", "Argument");

  private Guards() {}

  static List<Guard> of(MethodBody method) {
    List<Guard> guards = new ArrayList<>();
    LocalNames locals = new LocalNames();
    method
        .body()
        .walk(
            node -> {
              if (!ownCode(node, method.body())) {
                return;
              }
              Optional<Guard> guard =
                  node instanceof IfStmt s
                      ? ifGuard(s, method, locals)
                      : node instanceof MethodCallExpr call
                          ? callGuard(call, method, locals)
                          : node instanceof AssertStmt a
                              ? assertGuard(a, method, locals)
                              : Optional.empty();
              guard.ifPresent(guards::add);
            });
    return guards;
  }

  /**
   * True if {@code name} reads as a check that throws: {@code checkOpen}, {@code requireNonNull},
   * {@code validateIndex}.
   */
  static boolean isCheckName(String name) {
    String n = name.startsWith("_") ? name.substring(1) : name;
    if (CHECK_FIRST.contains(n) || CHECK_ALL.contains(n)) {
      return true;
    }
    String prefix = Names.wordPrefix(n, CHECK_PREFIXES);
    if (prefix != null) {
      return !Names.secondWord(n, prefix)
          .equals("And"); // checkAndNotify, checkAndSet do more than check
    }
    return Names.hasWordPrefix(n, "ensure")
        && ENSURE_CHECKS.contains(Names.secondWord(n, "ensure"));
  }

  /**
   * True for a call of a check as a statement of its own, or of one that hands back the value it
   * checked.
   */
  static boolean isCheckCall(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!isCheckName(name) || !typeScope(call)) {
      return false;
    }
    Node parent = call.getParentNode().orElse(null);
    if (parent instanceof ExpressionStmt) {
      return true;
    }
    return VALUE_RETURNING.contains(name)
        && (parent instanceof AssignExpr
            || parent instanceof VariableDeclarator
            || parent instanceof ReturnStmt
            || parent instanceof CastExpr
            || parent instanceof ObjectCreationExpr
            || parent instanceof ExplicitConstructorInvocationStmt
            || parent instanceof EnclosedExpr
            || parent instanceof MethodCallExpr outer
                && (outer.getArguments().contains(call) || outer.getScope().orElse(null) == call)
            || parent instanceof FieldAccessExpr);
  }

  /**
   * No scope, {@code this}, {@code super} or a type ({@code Objects}, {@code Validate}): not a
   * method of some object.
   */
  static boolean typeScope(MethodCallExpr call) {
    Expression scope = call.getScope().orElse(null);
    if (scope == null || scope instanceof ThisExpr || scope instanceof SuperExpr) {
      return true;
    }
    String last =
        scope instanceof NameExpr n
            ? n.getNameAsString()
            : scope instanceof FieldAccessExpr f ? f.getNameAsString() : "";
    return !last.isEmpty() && (Character.isUpperCase(last.charAt(0)) || last.startsWith("$"));
  }

  private static Optional<Guard> ifGuard(IfStmt s, MethodBody method, LocalNames locals) {
    Expression condition = s.getCondition();
    Statement then = single(s.getThenStmt());
    if (then instanceof ThrowStmt thrown && !(thrown.getExpression() instanceof NameExpr)) {
      Set<String> variables = variables(condition, method, locals);
      if (variables.isEmpty() || readsLocal(condition, method, locals)) {
        return Optional
            .empty(); // a test of what the method computed is its work, not a check of what it was
        // given
      }
      Set<String> nulls = nullCompared(condition, variables);
      String quote = "if (" + shorten(condition) + ") throw " + thrownQuote(thrown);
      String question =
          nulls.size() == variables.size() && isNullTest(strip(condition))
              ? "when " + names(nulls) + (nulls.size() > 1 ? " are" : " is") + " null"
              : "when `" + shorten(condition) + "`";
      return Optional.of(
          new Guard(
              s,
              Guard.Kind.THROW,
              variables,
              !nulls.isEmpty(),
              text(s, method),
              text(s, null),
              quote,
              question));
    }
    if (then instanceof ReturnStmt returned) {
      Set<String> parameters = new LinkedHashSet<>();
      for (Expression alternative : alternatives(condition)) {
        Expression tested = nullTested(alternative);
        if (tested instanceof NameExpr name && method.parameterIndex(name.getNameAsString()) >= 0) {
          parameters.add(name.getNameAsString());
        }
      }
      if (parameters.isEmpty()) {
        return Optional.empty();
      }
      String value =
          returned
              .getExpression()
              .map(e -> " " + (e.toString().length() <= 20 ? e.toString() : "..."))
              .orElse("");
      return Optional.of(
          new Guard(
              s,
              Guard.Kind.NULL_RETURN,
              parameters,
              true,
              text(s, method),
              text(s, null),
              "if (" + shorten(condition) + ") return" + value,
              "when " + names(parameters) + (parameters.size() > 1 ? " are" : " is") + " null"));
    }
    return Optional.empty();
  }

  private static Optional<Guard> callGuard(
      MethodCallExpr call, MethodBody method, LocalNames locals) {
    if (!isCheckCall(call) || call.getNameAsString().equals(method.name())) {
      return Optional.empty(); // a recursive call is the method's work, not a check before it
    }
    String name = call.getNameAsString();
    boolean library = CHECK_FIRST.contains(name) || CHECK_ALL.contains(name);
    if (!library
        && (isCheckName(method.name())
            || call.getArguments().isNonEmpty() && !isVariable(call.getArgument(0)))) {
      // a validator's validate* calls are its work; a helper given an expression checks something
      // it was told to
      return Optional.empty();
    }
    Set<String> variables = new LinkedHashSet<>();
    List<Expression> checked = new ArrayList<>();
    // a library check of several values checks them all; any other reads its first, the rest
    // describe it
    boolean all = CHECK_ALL.contains(name);
    for (int i = 0; i < call.getArguments().size() && (i == 0 || all); i++) {
      Expression argument = call.getArgument(i);
      if (!(argument instanceof StringLiteralExpr)) {
        checked.add(argument);
        variables.addAll(variables(argument, method, locals));
      }
    }
    if (variables.isEmpty() && !call.getArguments().isEmpty()
        || checked.stream().anyMatch(c -> readsLocal(c, method, locals))) {
      return Optional.empty(); // checks a value the method computes, not one it was given
    }
    boolean nullCheck =
        name.contains("NotNull")
            || name.contains("NonNull")
            || name.equals("notNull")
            || name.startsWith("notEmpty")
            || name.startsWith("notBlank")
            || name.equals("noNullElements")
            || (BOOLEAN_CHECKS.contains(name) || name.equals("isFalse"))
                && !checked.isEmpty()
                && !nullCompared(checked.get(0), variables).isEmpty();
    String scope = call.getScope().map(s -> s + ".").orElse("");
    String quote =
        scope
            + name
            + "("
            + (checked.isEmpty() ? "" : shorten(checked.get(0)))
            + (call.getArguments().size() > 1 ? ", ...)" : ")");
    String question;
    if (checked.isEmpty()) {
      question = "in the state `" + name + "()` rejected";
    } else if (name.equals("isFalse")) {
      question = "when `" + shorten(checked.get(0)) + "`";
    } else if (nullCheck
        && !name.startsWith("notEmpty")
        && !name.startsWith("notBlank")
        && !name.equals("noNullElements")
        && !BOOLEAN_CHECKS.contains(name)) {
      question = "when `" + shorten(checked.get(0)) + "` is null";
    } else if (BOOLEAN_CHECKS.contains(name)) {
      question = "when `" + shorten(checked.get(0)) + "` is false";
    } else {
      question = "when " + names(variables) + " would fail `" + name + "`";
    }
    return Optional.of(
        new Guard(
            call,
            Guard.Kind.CALL,
            variables,
            nullCheck,
            text(call, method),
            text(call, null),
            quote,
            question));
  }

  private static Optional<Guard> assertGuard(AssertStmt a, MethodBody method, LocalNames locals) {
    Set<String> variables = variables(a.getCheck(), method, locals);
    if (variables.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Guard(
            a,
            Guard.Kind.ASSERT,
            variables,
            !nullCompared(a.getCheck(), variables).isEmpty(),
            text(a, method),
            text(a, null),
            "assert " + shorten(a.getCheck()),
            "when `" + shorten(a.getCheck()) + "` is false"));
  }

  /**
   * The parameters and fields {@code expression} reads: a name that is a parameter, or that is no
   * local variable, type or constant; {@code this.x}.
   */
  static Set<String> variables(Expression expression, MethodBody method, LocalNames locals) {
    Set<String> names = new LinkedHashSet<>();
    expression.walk(
        node -> {
          if (node instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (method.parameterIndex(name) >= 0 || isField(n, name, locals)) {
              names.add(name);
            }
          } else if (node instanceof FieldAccessExpr access
              && access.getScope() instanceof ThisExpr) {
            names.add(access.getNameAsString());
          }
        });
    return names;
  }

  /** A name or {@code this.name}, maybe cast: a value the method has, not one it computes. */
  private static boolean isVariable(Expression expression) {
    Expression e = strip(expression);
    while (e instanceof CastExpr cast) {
      e = strip(cast.getExpression());
    }
    return e instanceof NameExpr
        || e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr;
  }

  /** The expression reads a local variable of the method (not a parameter). */
  private static boolean readsLocal(Expression expression, MethodBody method, LocalNames locals) {
    return expression
        .findFirst(
            NameExpr.class,
            n ->
                method.parameterIndex(n.getNameAsString()) < 0
                    && locals.isLocal(n, n.getNameAsString()))
        .isPresent();
  }

  private static boolean isField(NameExpr n, String name, LocalNames locals) {
    return Character.isLowerCase(name.charAt(0))
        && !Names.isConstantCase(name)
        && !locals.isLocal(n, name)
        && Ancestors.nearest(n, LambdaExpr.class).isEmpty();
  }

  /** The code of the method itself: not inside a lambda, an anonymous class or a local class. */
  static boolean ownCode(Node node, BlockStmt body) {
    for (Node n = node.getParentNode().orElse(null);
        n != null && n != body;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr
          || n instanceof TypeDeclaration<?>
          || n instanceof ObjectCreationExpr creation
              && creation.getAnonymousClassBody().isPresent()
              && !creation.getArguments().stream().anyMatch(a -> a.isAncestorOf(node))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a guard does when it fails, apart from what it tests: the exception an if-guard throws and
   * the text of its message, a check's name and message; null without a message. Two guards with
   * the same outcome whose tests differ are one check edited, e.g. a condition that named the wrong
   * variable.
   */
  static String outcome(Node node) {
    String outcome = null;
    Node message = null;
    if (node instanceof IfStmt s) {
      Statement then = single(s.getThenStmt());
      outcome =
          "if:"
              + (then instanceof ThrowStmt t
                      && t.getExpression() instanceof ObjectCreationExpr creation
                  ? creation.getType().getNameAsString()
                  : text(then, null));
      message = then;
    } else if (node instanceof MethodCallExpr call && call.getArguments().size() > 1) {
      outcome = call.getNameAsString() + ":";
      message = call.getArgument(1);
    } else if (node instanceof AssertStmt a && a.getMessage().isPresent()) {
      outcome = "assert:";
      message = a.getMessage().get();
    }
    // a bare NullPointerException says too little to tell two checks apart
    return message == null || message.findFirst(StringLiteralExpr.class).isEmpty()
        ? null
        : outcome + messages(message);
  }

  /** The string literals in a node: the words of a message, whatever values it splices in. */
  private static String messages(Node node) {
    return node.findAll(StringLiteralExpr.class).stream()
        .map(StringLiteralExpr::getValue)
        .collect(Collectors.joining("|", "|", ""));
  }

  /**
   * The outcomes ({@link #outcome}) of every if-throw and check in the method's own code, whatever
   * it tests.
   */
  static List<String> outcomes(MethodBody method) {
    List<String> outcomes = new ArrayList<>();
    method
        .body()
        .walk(
            node -> {
              if (ownCode(node, method.body())
                  && (node instanceof IfStmt s && single(s.getThenStmt()) instanceof ThrowStmt
                      || node instanceof MethodCallExpr call && isCheckCall(call))) {
                String outcome = outcome(node);
                if (outcome != null) {
                  outcomes.add(outcome);
                }
              }
            });
    return outcomes;
  }

  /** The one statement of a block of one, or the statement. */
  static Statement single(Statement statement) {
    return statement instanceof BlockStmt block && block.getStatements().size() == 1
        ? block.getStatement(0)
        : statement;
  }

  /** The operands of a chain of {@code ||}, or the condition itself. */
  static List<Expression> alternatives(Expression condition) {
    Expression c = strip(condition);
    if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
      List<Expression> all = new ArrayList<>(alternatives(b.getLeft()));
      all.addAll(alternatives(b.getRight()));
      return all;
    }
    return List.of(c);
  }

  /** {@code x} for {@code x == null} or {@code null == x}; else null. */
  static Expression nullTested(Expression expression) {
    if (strip(expression) instanceof BinaryExpr b
        && b.getOperator() == BinaryExpr.Operator.EQUALS) {
      if (b.getRight() instanceof NullLiteralExpr) {
        return strip(b.getLeft());
      }
      if (b.getLeft() instanceof NullLiteralExpr) {
        return strip(b.getRight());
      }
    }
    return null;
  }

  private static boolean isNullTest(Expression condition) {
    return alternatives(condition).stream().allMatch(a -> nullTested(a) != null);
  }

  /** The variables among {@code variables} that {@code condition} compares with {@code null}. */
  private static Set<String> nullCompared(Expression condition, Set<String> variables) {
    Set<String> compared = new LinkedHashSet<>();
    condition.walk(
        BinaryExpr.class,
        b -> {
          if (b.getOperator() == BinaryExpr.Operator.EQUALS
              || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS) {
            Expression other =
                b.getRight() instanceof NullLiteralExpr
                    ? b.getLeft()
                    : b.getLeft() instanceof NullLiteralExpr ? b.getRight() : null;
            String name = other == null ? null : nameOf(strip(other));
            if (name != null && variables.contains(name)) {
              compared.add(name);
            }
          }
        });
    return compared;
  }

  private static String nameOf(Expression e) {
    return e instanceof NameExpr n
        ? n.getNameAsString()
        : e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
            ? f.getNameAsString()
            : null;
  }

  static Expression strip(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    return e;
  }

  private static String thrownQuote(ThrowStmt thrown) {
    return thrown.getExpression() instanceof ObjectCreationExpr creation
        ? "new "
            + creation.getType().getNameAsString()
            + "("
            + (creation.getArguments().isEmpty() ? "" : "...")
            + ")"
        : "...";
  }

  private static String names(Set<String> variables) {
    List<String> quoted = variables.stream().map(v -> "`" + v + "`").toList();
    return quoted.size() == 1
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " or "
            + quoted.get(quoted.size() - 1);
  }

  /** The expression on one line, cut to a length a message can quote. */
  static String shorten(Node node) {
    String text = String.join(" ", tokens(node, null));
    text =
        text.replace(" . ", ".")
            .replace(" (", "(")
            .replace("( ", "(")
            .replace(" )", ")")
            .replace(" ,", ",")
            .replace("! ", "!")
            .replace(" [", "[")
            .replace("[ ", "[")
            .replace(" ]", "]");
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * The tokens of {@code node} without whitespace and comments; with a method, its parameters read
   * as their positions.
   */
  static String text(Node node, MethodBody method) {
    return String.join(" ", tokens(node, method));
  }

  private static List<String> tokens(Node node, MethodBody method) {
    List<String> tokens = new ArrayList<>();
    node.getTokenRange()
        .ifPresent(
            range -> {
              for (JavaToken token : range) {
                if (token.getCategory().isWhitespaceOrComment()) {
                  continue;
                }
                int parameter =
                    method == null || token.getCategory() != JavaToken.Category.IDENTIFIER
                        ? -1
                        : method.parameterIndex(token.getText());
                tokens.add(parameter >= 0 ? "$" + parameter : token.getText());
              }
            });
    return tokens;
  }
}
