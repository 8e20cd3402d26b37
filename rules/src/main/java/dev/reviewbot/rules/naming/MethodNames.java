package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.LocalNames;
import dev.reviewbot.rules.internal.Names;
import dev.reviewbot.rules.internal.Types;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The method-name checks of {@link MisleadingNameRule}, one file's worth (it remembers local
 * names).
 */
final class MethodNames {
  private static final Set<String> ANNOUNCED_EFFECT = Set.of("And", "Or");
  private static final Pattern ASSERTION_TYPES =
      Pattern.compile("Assert|Validat|Precondition|Check|Verif|Require|Ensure");

  private final StateChanges stateChanges = new StateChanges();
  private final LocalNames locals = new LocalNames();

  void check(MethodDeclaration method, RuleContext ctx) {
    String name = method.getNameAsString();
    String reading = Names.wordPrefix(name, "get", "is", "has", "can");
    boolean announced =
        reading != null && ANNOUNCED_EFFECT.contains(Names.secondWord(name, reading));
    if (reading != null && !announced && !isPrefetch(name)) {
      stateChanges
          .firstIn(method)
          .ifPresent(
              change ->
                  ctx.report(
                      change,
                      call(method)
                          + " changes state (`"
                          + snippet(change)
                          + "`): a `"
                          + reading
                          + "` name promises a read without side effects; name it for what it does "
                          + "(e.g. `next...`, `take...`, `load...`) or move the change out"));
    }
    if (reading != null && !reading.equals("get")) {
      checkQuestion(method, reading, ctx);
    }
    checkVoid(
        method,
        reading != null && reading.equals("get") && !announced
            ? "get"
            : Names.wordPrefix(name, "to", "as"),
        ctx);
    if (Names.hasWordPrefix(name, "set")
        && (method.getType().isVoidType() || BooleanLike.isFluent(method))
        && EmptySetters.setsNothing(method, locals)) {
      ctx.report(
          method,
          call(method)
              + " sets nothing: its body stores no field and calls nothing, so the value is silently "
              + "dropped; store it, delegate it, or remove the method (a deliberate no-op deserves a comment)");
    }
  }

  /** {@code isX}, {@code hasX}, {@code canX} must answer yes or no. */
  private static void checkQuestion(MethodDeclaration method, String question, RuleContext ctx) {
    boolean voidResult = method.getType().isVoidType();
    if (BooleanLike.isBooleanLike(method.getType())
        || BooleanLike.isFluent(method)
        || voidResult && isAssertion(method)) {
      return;
    }
    ctx.report(
        method,
        call(method)
            + (voidResult ? " returns nothing" : " returns `" + Types.text(method.getType()) + "`")
            + ": an `"
            + question
            + "` name reads as a yes/no question; return a boolean, or rename it to say what it "
            + (voidResult ? "does" : "returns"));
  }

  /** {@code getX}, {@code toX} and {@code asX} promise a value. */
  private static void checkVoid(MethodDeclaration method, String prefix, RuleContext ctx) {
    if (prefix == null || !method.getType().isVoidType() || fillsArray(method)) {
      return;
    }
    String promise =
        prefix.equals("get")
            ? "a `get` name promises a value; return it, or name the method for what it does "
                + "(e.g. `load...`, `fill...`, `copy...To`)"
            : "a `"
                + prefix
                + "` name promises a converted value; return it, or name the method for its side effect (e.g. `write...`)";
    ctx.report(method, call(method) + " returns nothing: " + promise);
  }

  /**
   * {@code Assert.isTrue(x, "message")}: a void check that throws, a convention of assertion
   * utilities.
   */
  private static boolean isAssertion(MethodDeclaration method) {
    String owner =
        Ancestors.nearest(method, TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
    return !method.getParameters().isEmpty()
        && (ASSERTION_TYPES.matcher(owner).find()
            || method.getBody().map(b -> b.findFirst(ThrowStmt.class).isPresent()).orElse(false));
  }

  /**
   * {@code getChars(int begin, int end, char[] dst, int dstBegin)}: the JDK's convention for
   * copying into an array or buffer.
   */
  private static boolean fillsArray(MethodDeclaration method) {
    return method.getParameters().stream()
        .anyMatch(
            p ->
                p.getType().isArrayType() && !p.isVarArgs()
                    || Types.simpleName(p.getType()).endsWith("Buffer"));
  }

  /** {@code hasNext()} that reads ahead and remembers what it read: the iterator idiom. */
  private static boolean isPrefetch(String name) {
    return name.equals("hasNext")
        || Names.hasWordPrefix(name, "has") && Names.secondWord(name, "has").matches("Next|More");
  }

  private static String call(MethodDeclaration method) {
    return "`" + method.getNameAsString() + "()`";
  }

  private static String snippet(Node change) {
    String text = change.toString().replaceAll("\\s+", " ");
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
