package dev.reviewbot.rules.leftover;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Comments on consecutive lines that hold nothing else ({@code //} lines and block comments, not
 * Javadoc), with the text of each line less its comment markers: a note and the code it is about
 * may be written in different styles. A comment after code on its line is a remark about that code,
 * not part of a run; comments above the first line of code are the licence header.
 *
 * @param first the run's first comment, for the finding's identity
 * @param firstLine the line of {@code lines.get(0)}
 * @param lines the text of each line, markers ({@code //}, {@code /*}, a leading {@code *}) removed
 * @param place what code could stand where the run is
 */
record CommentRun(Comment first, int firstLine, List<String> lines, JavaSnippets.Place place) {
  /**
   * More slashes right after {@code //}, as in {@code ////}; not the {@code /} of a commented-out
   * {@code /**}.
   */
  private static final Pattern LINE_MARKERS = Pattern.compile("^/+");

  /** The {@code *} a block comment's lines start with. */
  private static final Pattern BLOCK_MARKERS = Pattern.compile("^\\s*\\*+(?!/)");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  CommentRun {
    lines = List.copyOf(lines);
  }

  static List<CommentRun> of(CompilationUnit unit) {
    BitSet code = codeLines(unit);
    List<Node> containers = unit.findAll(Node.class, CommentRun::container);
    List<CommentRun> runs = new ArrayList<>();
    Comment first = null;
    List<String> lines = new ArrayList<>();
    int firstLine = 0;
    for (Comment comment : comments(unit)) {
      int begin = comment.getBegin().orElseThrow().line;
      int end = comment.getEnd().orElseThrow().line;
      boolean alone = !code.get(begin) && !code.get(end) && begin > code.nextSetBit(0);
      boolean continues = first != null && begin == firstLine + lines.size();
      if (!continues && first != null) {
        runs.add(run(first, firstLine, lines, containers));
        first = null;
      }
      if (!alone) {
        continue;
      }
      if (first == null) {
        first = comment;
        firstLine = begin;
        lines = new ArrayList<>();
      }
      lines.addAll(textLines(comment));
    }
    if (first != null) {
      runs.add(run(first, firstLine, lines, containers));
    }
    return runs;
  }

  private static CommentRun run(
      Comment first, int firstLine, List<String> lines, List<Node> containers) {
    int lastLine = firstLine + lines.size() - 1;
    Node innermost = null;
    for (Node container : containers) {
      int begin = container.getBegin().orElseThrow().line;
      int end = container.getEnd().orElseThrow().line;
      if (begin < firstLine
          && end > lastLine
          && (innermost == null
              || begin >= innermost.getBegin().orElseThrow().line
                  && end <= innermost.getEnd().orElseThrow().line)) {
        innermost = container;
      }
    }
    JavaSnippets.Place place =
        innermost == null
            ? JavaSnippets.Place.ANYWHERE
            : innermost instanceof BlockStmt
                    || innermost instanceof SwitchStmt
                    || innermost instanceof SwitchEntry
                ? JavaSnippets.Place.STATEMENTS
                : JavaSnippets.Place.MEMBERS;
    return new CommentRun(first, firstLine, lines, place);
  }

  /** Nodes whose inside holds statements or members. */
  private static boolean container(Node node) {
    return (node instanceof BlockStmt
            || node instanceof SwitchStmt
            || node instanceof SwitchEntry
            || node instanceof TypeDeclaration<?>
            || node instanceof ObjectCreationExpr creation
                && creation.getAnonymousClassBody().isPresent()
            || node instanceof EnumConstantDeclaration constant
                && constant.getClassBody().isNonEmpty())
        && node.getBegin().isPresent()
        && node.getEnd().isPresent();
  }

  /**
   * All of a file's line and block comment text, markers and white space removed, in order: a run
   * whose code appears in it was there before the change, only moved or re-indented.
   */
  static String allText(CompilationUnit unit) {
    StringBuilder text = new StringBuilder();
    for (Comment comment : comments(unit)) {
      textLines(comment).forEach(line -> text.append(WHITESPACE.matcher(line).replaceAll("")));
    }
    return text.toString();
  }

  /** The lines' text with all white space removed, for comparing with {@link #allText}. */
  static String squeezed(List<String> lines) {
    return WHITESPACE.matcher(String.join("", lines)).replaceAll("");
  }

  private static List<Comment> comments(CompilationUnit unit) {
    return unit.getAllComments().stream()
        .filter(
            c ->
                (c instanceof LineComment || c instanceof BlockComment)
                    && c.getBegin().isPresent()
                    && c.getEnd().isPresent())
        .sorted(Comparator.comparing(c -> c.getBegin().orElseThrow()))
        .toList();
  }

  private static List<String> textLines(Comment comment) {
    if (comment instanceof LineComment) {
      return List.of(LINE_MARKERS.matcher(comment.getContent()).replaceFirst(""));
    }
    // one entry per line the comment spans, the last one too when it is empty
    return Arrays.stream(comment.getContent().split("\\R", -1))
        .map(line -> BLOCK_MARKERS.matcher(line).replaceFirst(""))
        .toList();
  }

  /** Lines that hold a token other than white space and comments. */
  private static BitSet codeLines(CompilationUnit unit) {
    BitSet lines = new BitSet();
    unit.getTokenRange()
        .ifPresent(
            range -> {
              for (JavaToken token : range) {
                if (!token.getCategory().isWhitespaceOrComment()) {
                  token.getRange().ifPresent(r -> lines.set(r.begin.line, r.end.line + 1));
                }
              }
            });
    return lines;
  }
}
