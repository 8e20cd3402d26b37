package dev.reviewbot.rules.complexity;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cognitive Complexity as SonarSource defines it (G. Ann Campbell, "Cognitive Complexity", white
 * paper): +1 for each {@code if}, {@code else if}, {@code else}, ternary, {@code switch}, loop,
 * {@code catch}, jump to a label, sequence of like boolean operators and recursive call; the
 * structures that nest ({@code if}, ternary, {@code switch}, loops, {@code catch}) add the nesting
 * level they sit at on top. Lambdas and nested classes raise the nesting level without an increment
 * of their own; {@code try}, {@code finally} and {@code synchronized} add nothing.
 *
 * <p>Also records the deepest nesting of statement bodies, on the same scale, except that it starts
 * over inside an anonymous or local class.
 */
final class CognitiveComplexity {

  /** One place that added to the score. */
  record Increment(String structure, int line, int nesting, int amount) {
    /** e.g. {@code nested if at line 40 +4}. */
    String describe() {
      return (nesting > 0 ? "nested " : "") + structure + " at line " + line + " +" + amount;
    }
  }

  /**
   * @param score the cognitive complexity
   * @param increments every increment in source order
   * @param maxNesting the deepest nesting level a body reaches (0 for straight-line code)
   * @param deepestLine the line of the structure whose body first reaches {@code maxNesting}, 0 if
   *     none
   */
  record Result(int score, List<Increment> increments, int maxNesting, int deepestLine) {
    Result {
      increments = List.copyOf(increments);
    }

    /** The {@code limit} biggest increments, biggest first, earlier lines first among equals. */
    List<Increment> biggest(int limit) {
      return increments.stream()
          .sorted(
              Comparator.comparingInt(Increment::amount)
                  .reversed()
                  .thenComparingInt(Increment::line))
          .limit(limit)
          .toList();
    }
  }

  private final Node root;
  private final List<Increment> increments = new ArrayList<>();
  private boolean recursionCounted;
  private int maxNesting;
  private int deepestLine;

  /**
   * Nesting level where the innermost anonymous or local class body starts: its methods read as
   * fresh code.
   */
  private int depthBase;

  private CognitiveComplexity(Node root) {
    this.root = root;
  }

  /** The complexity of a method, constructor or any other node, counted from nesting level 0. */
  static Result of(Node methodOrBody) {
    CognitiveComplexity walker = new CognitiveComplexity(methodOrBody);
    walker.children(methodOrBody, 0);
    int score = walker.increments.stream().mapToInt(Increment::amount).sum();
    return new Result(score, walker.increments, walker.maxNesting, walker.deepestLine);
  }

  private void visit(Node node, int nesting) {
    if (node instanceof IfStmt s) {
      visitIf(s, nesting, false);
    } else if (node instanceof ForStmt s) {
      loop("for", s, nesting, s.getBody());
    } else if (node instanceof ForEachStmt s) {
      loop("for", s, nesting, s.getBody());
    } else if (node instanceof WhileStmt s) {
      loop("while", s, nesting, s.getBody());
    } else if (node instanceof DoStmt s) {
      loop("do-while", s, nesting, s.getBody());
    } else if (node instanceof SwitchNode s) {
      visitSwitch((Node) s, s, nesting);
    } else if (node instanceof CatchClause s) {
      add("catch", s, nesting, 1 + nesting);
      body(s.getBody(), s, nesting + 1);
    } else if (node instanceof ConditionalExpr e) {
      add("ternary", e, nesting, 1 + nesting);
      visit(e.getCondition(), nesting);
      visit(e.getThenExpr(), nesting + 1);
      visit(e.getElseExpr(), nesting + 1);
    } else if (node instanceof LambdaExpr e) {
      body(e.getExpressionBody().map(Node.class::cast).orElse(e.getBody()), e, nesting + 1);
    } else if (node instanceof ObjectCreationExpr e && e.getAnonymousClassBody().isPresent()) {
      e.getScope().ifPresent(scope -> visit(scope, nesting));
      e.getArguments().forEach(arg -> visit(arg, nesting));
      classBody(e.getAnonymousClassBody().get(), nesting + 1);
    } else if (node instanceof LocalClassDeclarationStmt
        || node instanceof LocalRecordDeclarationStmt) {
      node.findFirst(TypeDeclaration.class)
          .ifPresent(type -> classBody(((TypeDeclaration<?>) type).getMembers(), nesting + 1));
    } else if (node instanceof BreakStmt s && s.getLabel().isPresent()) {
      add("break to label", s, nesting, 1);
    } else if (node instanceof ContinueStmt s && s.getLabel().isPresent()) {
      add("continue to label", s, nesting, 1);
    } else if (node instanceof BinaryExpr e && isLogical(e) && !(logicalParent(e))) {
      booleanSequences(e, nesting);
      children(e, nesting);
    } else if (node instanceof MethodCallExpr call) {
      recursion(call, nesting);
      children(call, nesting);
    } else {
      children(node, nesting);
    }
  }

  private void children(Node node, int nesting) {
    for (Node child : node.getChildNodes()) {
      visit(child, nesting);
    }
  }

  /**
   * A body one level deeper than the structure that owns it. Its depth of statement nesting starts
   * over inside a nested class (a method there is read on its own), and an expression body is no
   * nesting of statements.
   */
  private void body(Node body, Node owner, int level) {
    int depth = level - depthBase;
    if (!(body instanceof Expression) && depth > maxNesting) {
      maxNesting = depth;
      deepestLine = line(owner);
    }
    visit(body, level);
  }

  /**
   * Members of an anonymous or local class: one level deeper for the score, a fresh start for
   * depth.
   */
  private void classBody(List<? extends Node> members, int level) {
    int outerBase = depthBase;
    depthBase = level;
    members.forEach(member -> visit(member, level));
    depthBase = outerBase;
  }

  private void visitIf(IfStmt s, int nesting, boolean elseIf) {
    // else-if and else cost +1 flat: the reader already paid for the nesting at the first if
    add(elseIf ? "else if" : "if", s, nesting, elseIf ? 1 : 1 + nesting);
    visit(s.getCondition(), nesting);
    body(s.getThenStmt(), s, nesting + 1);
    s.getElseStmt()
        .ifPresent(
            otherwise -> {
              if (otherwise instanceof IfStmt next) {
                visitIf(next, nesting, true);
              } else {
                add("else", otherwise, nesting, 1);
                body(otherwise, otherwise, nesting + 1);
              }
            });
  }

  private void loop(String structure, Node loop, int nesting, Node loopBody) {
    add(structure, loop, nesting, 1 + nesting);
    for (Node child : loop.getChildNodes()) {
      if (child == loopBody) {
        body(child, loop, nesting + 1);
      } else {
        visit(child, nesting);
      }
    }
  }

  private void visitSwitch(Node node, SwitchNode s, int nesting) {
    // a switch counts once however many cases it has: its cases read like a table
    add("switch", node, nesting, 1 + nesting);
    visit(s.getSelector(), nesting);
    for (SwitchEntry entry : s.getEntries()) {
      body(entry, entry, nesting + 1);
    }
  }

  /** +1 for each run of like operators: {@code a && b && c} is 1, {@code a && b || c} is 2. */
  private void booleanSequences(BinaryExpr root, int nesting) {
    List<BinaryExpr.Operator> operators = new ArrayList<>();
    collectOperators(root, operators);
    BinaryExpr.Operator previous = null;
    for (BinaryExpr.Operator operator : operators) {
      if (operator != previous) {
        add(operator.asString() + " sequence", root, nesting, 1);
      }
      previous = operator;
    }
  }

  private static void collectOperators(Node node, List<BinaryExpr.Operator> out) {
    if (node instanceof EnclosedExpr enclosed) {
      collectOperators(enclosed.getInner(), out);
    } else if (node instanceof BinaryExpr e && isLogical(e)) {
      collectOperators(e.getLeft(), out);
      out.add(e.getOperator());
      collectOperators(e.getRight(), out);
    }
  }

  private static boolean isLogical(BinaryExpr e) {
    return e.getOperator() == BinaryExpr.Operator.AND || e.getOperator() == BinaryExpr.Operator.OR;
  }

  /** True if {@code e} is part of a bigger boolean expression, which counts it already. */
  private static boolean logicalParent(BinaryExpr e) {
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      parent = parent.getParentNode().orElse(null);
    }
    return parent instanceof BinaryExpr p && isLogical(p);
  }

  /** +1 once for a method that calls itself (same name and argument count, on {@code this}). */
  private void recursion(MethodCallExpr call, int nesting) {
    if (recursionCounted || !(root instanceof MethodDeclaration method)) {
      return;
    }
    boolean onThis = call.getScope().map(scope -> scope instanceof ThisExpr).orElse(true);
    boolean sameMethod =
        onThis
            && call.getNameAsString().equals(method.getNameAsString())
            && call.getArguments().size() == method.getParameters().size()
            && Ancestors.nearest(call, CallableDeclaration.class)
                .filter(c -> c == root)
                .isPresent();
    if (sameMethod) {
      recursionCounted = true;
      add("recursion", call, nesting, 1);
    }
  }

  private void add(String structure, Node node, int nesting, int amount) {
    increments.add(new Increment(structure, line(node), nesting, amount));
  }

  private static int line(Node node) {
    return node.getBegin().map(p -> p.line).orElse(0);
  }
}
