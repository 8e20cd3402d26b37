package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Names;
import dev.reviewbot.rules.internal.Types;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Does the function do what its name says? Reports getters and yes/no questions ({@code getX},
 * {@code isX}, {@code hasX}, {@code canX}) that change state, questions that do not return a
 * boolean, {@code getX} and {@code toX}/{@code asX} returning nothing, {@code setX} that stores
 * nothing, and boolean-style names ({@code isX}, {@code hasX}, {@code canX}, {@code shouldX}) on
 * fields, variables and parameters that are not boolean. Prefixes count only as whole camel-case
 * words: {@code isolate}, {@code hash}, {@code canonical} and {@code getaway} are left alone.
 *
 * <p>Accepted on purpose: lazy initialization in a getter ({@code if (x == null) x = load(); return
 * x;}) and memoization ({@code computeIfAbsent}, {@code get} then {@code put}); names that announce
 * the effect ({@code getAndIncrement}, {@code getOrCreate}); fluent assertion and builder methods
 * that return their own type ({@code isEqualTo(...)} returning {@code this}); void assertion
 * utilities ({@code Assert.isTrue(x, "message")}); void getters and conversions that fill an array
 * argument (the JDK's {@code getChars(..., char[] dst, ...)}); {@code UPPER_CASE} constants
 * (usually keys: {@code IS_ENABLED = "is.enabled"}); catch parameters; and {@code @Override}
 * methods, whose name a supertype chose; and test methods ({@code @Test} and the other JUnit/TestNG
 * test annotations), whose names describe behaviour, not a return value.
 */
@RuleInfo(
    id = "misleading-name",
    summary = "Names that promise something the code does not do",
    severity = Severity.WARNING,
    tags = {"naming", "readability"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class MisleadingNameRule implements JavaRule {
  static final Option<Boolean> VARIABLES =
      Option.bool(
          "variables",
          true,
          "Also check fields, local variables and parameters with boolean-style names (isX, hasX, canX, shouldX)");

  /**
   * A last word saying what the variable holds: {@code isGetterPrefix} is the prefix of is-getters.
   */
  private static final Pattern HOLDER_WORDS =
      Pattern.compile(
          "(Prefix|Suffix|Name|Key|Id|Type|Pattern|Message|Text|Label|Format|Template|Mode|Level)$");

  /** Test methods are named for the behaviour they check: {@code isOneLevelLowerInTestCode()}. */
  private static final List<String> TEST_ANNOTATIONS =
      List.of(
          "Test",
          "ParameterizedTest",
          "RepeatedTest",
          "TestFactory",
          "TestTemplate",
          "Property",
          "Example");

  private final MethodNames methods = new MethodNames();

  @Override
  public void subscribe(Subscriptions on) {
    on.on(
        MethodDeclaration.class,
        (method, ctx) -> {
          if (!Declarations.isOverride(method)
              && !Declarations.hasAnnotation(method, TEST_ANNOTATIONS)) {
            methods.check(method, ctx);
          }
        });
    on.on(
        VariableDeclarator.class,
        (variable, ctx) ->
            checkFlagName(variable, variable.getNameAsString(), variable.getType(), ctx));
    on.on(
        Parameter.class,
        (parameter, ctx) -> {
          if (!(parameter.getParentNode().orElse(null)
              instanceof CatchClause)) { // `catch (E shouldNotHappen)` is a remark
            checkFlagName(parameter, parameter.getNameAsString(), parameter.getType(), ctx);
          }
        });
  }

  private static void checkFlagName(Node declaration, String name, Type type, RuleContext ctx) {
    String prefix = Names.wordPrefix(name, "is", "has", "can", "should");
    if (prefix == null
        || !ctx.option(VARIABLES)
        || Names.isConstantCase(name)
        || type.isVarType()
        || type.isUnknownType()
        || BooleanLike.isBooleanLike(type)
        || HOLDER_WORDS.matcher(name).find()) {
      return;
    }
    if (hasUnprefixedSibling(declaration, name.substring(prefix.length()), Types.text(type))) {
      return; // `getter` and `isGetter` side by side: a compound noun (the is-getter), not a
      // question
    }
    // a variable's name is read where it is declared and used, a few lines apart: worth a note, not
    // a comment
    ctx.report(
        Report.at(
                declaration,
                "`"
                    + name
                    + "` is a `"
                    + Types.text(type)
                    + "`: a `"
                    + prefix
                    + "` name reads as a yes/no flag; "
                    + "make it a boolean, or rename it to say what it holds")
            .inSummary());
  }

  /**
   * A sibling parameter or field of the same type named like this one without its prefix ({@code
   * Visibility getter} next to {@code Visibility isGetter}).
   */
  private static boolean hasUnprefixedSibling(Node declaration, String rest, String type) {
    String sibling = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    Node parent = declaration.getParentNode().orElse(null);
    if (declaration instanceof Parameter && parent instanceof NodeWithParameters<?> callable) {
      return callable.getParameters().stream()
          .anyMatch(
              p -> p.getNameAsString().equals(sibling) && Types.text(p.getType()).equals(type));
    }
    Node owner = parent == null ? null : parent.getParentNode().orElse(null);
    return parent instanceof FieldDeclaration
        && owner instanceof TypeDeclaration<?> t
        && t.getFieldByName(sibling)
            .filter(
                f ->
                    f.getVariables().stream()
                        .anyMatch(
                            v ->
                                v.getNameAsString().equals(sibling)
                                    && Types.text(v.getType()).equals(type)))
            .isPresent();
  }
}
