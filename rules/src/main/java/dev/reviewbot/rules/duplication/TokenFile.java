package dev.reviewbot.rules.duplication;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.reviewbot.api.ChangedLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One file's code as the clone search sees it: its tokens without white space, comments and
 * annotations, each normalised to a code (every identifier one code, every literal another, a
 * keyword, operator or separator its own), with where it is, whether the change added it and, for
 * names and literals, its text. Tokens of {@link Boilerplate} get {@link #UNIQUE}: they match
 * nothing.
 *
 * @param declares true for the name of a local variable, parameter or method where it is declared
 * @param declaresLocal true for the name of a local variable declared by a statement of its own
 * @param depths how many braces are open before each token
 * @param units what a copy is cut to: statements of a block or a switch case, and members of a
 *     type, by begin: begin and end {@link #position}, and an id their parent gives its children
 * @param statementBegins where each statement, blocks aside, begins, ascending
 * @param namesReviewbot true if a comment or string says {@code reviewbot}: the file may suppress
 *     findings
 */
record TokenFile(
    String path,
    boolean testCode,
    int[] codes,
    long[] begins,
    long[] ends,
    String[] texts,
    boolean[] added,
    boolean[] declares,
    boolean[] declaresLocal,
    int[] depths,
    long[][] units,
    long[] statementBegins,
    boolean namesReviewbot) {
  static final int UNIQUE = 0;
  static final int IDENTIFIER = 1;
  static final int LITERAL = 2;
  private static final int OTHER = 100;

  static TokenFile of(String path, boolean testCode, CompilationUnit unit, ChangedLines changed) {
    Syntax syntax = Syntax.of(unit);
    List<JavaToken> tokens = new ArrayList<>();
    boolean[] namesReviewbot = new boolean[1];
    unit.getTokenRange()
        .map(TokenRange::iterator)
        .ifPresent(
            it ->
                it.forEachRemaining(
                    t -> {
                      if (!t.getCategory().isWhitespaceOrComment()
                          && t.getRange().isPresent()
                          && t.getKind() != 0) {
                        tokens.add(t);
                      }
                      namesReviewbot[0] |=
                          (t.getCategory().isComment() || t.getCategory().isLiteral())
                              && t.getText().contains("reviewbot");
                    }));
    int n = tokens.size();
    int[] codes = new int[n];
    long[] begins = new long[n];
    long[] ends = new long[n];
    String[] texts = new String[n];
    boolean[] added = new boolean[n];
    boolean[] declares = new boolean[n];
    boolean[] declaresLocal = new boolean[n];
    int[] depths = new int[n];
    int depth = 0;
    int kept = 0;
    Sweep mask = new Sweep(merged(syntax.masked));
    Sweep skip = new Sweep(merged(syntax.skipped));
    for (JavaToken token : tokens) {
      Range range = token.getRange().orElseThrow();
      if (skip.covers(range.begin)) {
        continue;
      }
      JavaToken.Category category = token.getCategory();
      codes[kept] =
          mask.covers(range.begin)
              ? UNIQUE
              : category.isIdentifier()
                  ? IDENTIFIER
                  : category.isLiteral() ? LITERAL : OTHER + token.getKind();
      if (category.isIdentifier() || category.isLiteral()) {
        texts[kept] = token.getText();
      }
      begins[kept] = position(range.begin);
      ends[kept] = position(range.end);
      added[kept] = changed.isAdded(range.begin.line);
      declares[kept] = category.isIdentifier() && syntax.declared.contains(begins[kept]);
      declaresLocal[kept] = category.isIdentifier() && syntax.locals.contains(begins[kept]);
      depths[kept] = depth;
      depth +=
          token.getKind() == GeneratedJavaParserConstants.LBRACE
              ? 1
              : token.getKind() == GeneratedJavaParserConstants.RBRACE ? -1 : 0;
      kept++;
    }
    return new TokenFile(
        path,
        testCode,
        Arrays.copyOf(codes, kept),
        Arrays.copyOf(begins, kept),
        Arrays.copyOf(ends, kept),
        Arrays.copyOf(texts, kept),
        Arrays.copyOf(added, kept),
        Arrays.copyOf(declares, kept),
        Arrays.copyOf(declaresLocal, kept),
        Arrays.copyOf(depths, kept),
        syntax.units(),
        syntax.statementBegins(),
        namesReviewbot[0]);
  }

  int size() {
    return codes.length;
  }

  static long position(Position p) {
    return ((long) p.line << 32) | p.column;
  }

  static int line(long position) {
    return (int) (position >>> 32);
  }

  /** The statements, blocks aside, that begin from {@code begin} to {@code end}. */
  int statementsBetween(long begin, long end) {
    return firstAtOrAfter(statementBegins, end + 1) - firstAtOrAfter(statementBegins, begin);
  }

  /** The first index whose value is at least {@code value}, in ascending {@code values}. */
  static int firstAtOrAfter(long[] values, long value) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * What the tokens need from the tree, in one walk: ranges to mask and to skip, where names are
   * declared, the units a copy is cut to, and where statements begin.
   */
  private static final class Syntax {
    final List<Range> masked = new ArrayList<>();
    final List<Range> skipped = new ArrayList<>();

    /** Names of locals, parameters and methods where declared: renaming them is no difference. */
    final Set<Long> declared = new HashSet<>();

    /** Names of locals declared by a statement of their own: in scope after it. */
    final Set<Long> locals = new HashSet<>();

    final List<long[]> units = new ArrayList<>();
    final List<Long> statements = new ArrayList<>();
    private final Map<Node, Integer> parents = new IdentityHashMap<>();

    static Syntax of(CompilationUnit unit) {
      Syntax syntax = new Syntax();
      unit.walk(syntax::visit);
      return syntax;
    }

    private void visit(Node node) {
      Optional<Range> range = node.getRange();
      if (range.isEmpty()) {
        return;
      }
      if (Boilerplate.masks(node)) {
        masked.add(range.get());
      } else if (Boilerplate.skips(node)) {
        skipped.add(range.get());
      }
      if (node instanceof VariableDeclarator variable
          && !(node.getParentNode().orElse(null) instanceof FieldDeclaration)) {
        declare(variable.getName(), declared);
        if (variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr expression
            && expression.getParentNode().orElse(null) instanceof ExpressionStmt) {
          declare(variable.getName(), locals);
        }
      } else if (node instanceof Parameter parameter) {
        declare(parameter.getName(), declared);
      } else if (node instanceof CallableDeclaration<?> callable) {
        declare(
            callable.getName(),
            declared); // a copied method's own name is no difference a helper would take
      }
      if (node instanceof Statement
          && !(node instanceof BlockStmt)
          && !(node instanceof EmptyStmt)) {
        statements.add(position(range.get().begin));
      }
      if (isUnit(node)) {
        int parentId =
            parents.computeIfAbsent(node.getParentNode().orElseThrow(), p -> parents.size());
        units.add(new long[] {position(range.get().begin), position(range.get().end), parentId});
      }
    }

    private static void declare(Node name, Set<Long> into) {
      name.getBegin().ifPresent(p -> into.add(position(p)));
    }

    /** Statements of a block or a switch case, and members of a type, by begin. */
    long[][] units() {
      units.sort(Comparator.comparingLong(u -> u[0]));
      return units.toArray(long[][]::new);
    }

    long[] statementBegins() {
      return statements.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static boolean isUnit(Node node) {
      Node parent = node.getParentNode().orElse(null);
      return node instanceof Statement
              && (parent instanceof BlockStmt || parent instanceof SwitchEntry)
          || node instanceof BodyDeclaration<?> && parent instanceof TypeDeclaration<?>;
    }
  }

  /** Nested and overlapping ranges joined, by begin. */
  private static List<Range> merged(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing((Range r) -> r.begin));
    List<Range> result = new ArrayList<>();
    for (Range range : sorted) {
      Range last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && !range.begin.isAfter(last.end)) {
        if (range.end.isAfter(last.end)) {
          result.set(result.size() - 1, new Range(last.begin, range.end));
        }
      } else {
        result.add(range);
      }
    }
    return result;
  }

  /** Walks sorted, disjoint ranges alongside tokens in source order. */
  private static final class Sweep {
    private final List<Range> ranges;
    private int next;

    Sweep(List<Range> ranges) {
      this.ranges = ranges;
    }

    boolean covers(Position position) {
      while (next < ranges.size() && ranges.get(next).end.isBefore(position)) {
        next++;
      }
      return next < ranges.size() && !ranges.get(next).begin.isAfter(position);
    }
  }
}
