package dev.reviewbot.engine.internal;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.utils.PositionUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Gives each comment to the node it comments, with the rules JavaParser's own attribution follows,
 * in time that grows with the file's size. JavaParser's tests every comment left against every
 * child of a node: quadratic in the members of a large class (a 1 MB file took over a minute and
 * gigabytes). Here the comments a child may contain are looked up by position in the sorted set,
 * and line comments find the children ending on their line through an index.
 */
final class CommentAttribution {
  private final boolean ignoreAnnotations;
  private final boolean notAcrossEmptyLines;

  CommentAttribution(ParserConfiguration configuration) {
    this.ignoreAnnotations = configuration.isIgnoreAnnotationsWhenAttributingComments();
    this.notAcrossEmptyLines = configuration.isDoNotAssignCommentsPrecedingEmptyLines();
  }

  /**
   * @param comments every comment of {@code unit}'s file, sorted by {@link
   *     Node#NODE_BY_BEGIN_POSITION}
   */
  void attribute(CompilationUnit unit, TreeSet<Comment> comments) {
    TreeSet<Comment> all = new TreeSet<>(Node.NODE_BY_BEGIN_POSITION);
    all.addAll(comments);
    attribute((Node) unit, all);
  }

  private void attribute(Node node, TreeSet<Comment> comments) {
    if (comments.isEmpty()) {
      return;
    }
    if (node instanceof CompilationUnit unit) {
      fileComment(unit, comments);
    }
    List<Node> children =
        node.getChildNodes().stream().filter(child -> !(child instanceof Modifier)).toList();
    for (Node child : children) {
      if (!child.hasRange()) {
        continue;
      }
      TreeSet<Comment> inside = new TreeSet<>(Node.NODE_BY_BEGIN_POSITION);
      // a comment inside the child begins inside it: only those are tested
      for (Comment comment : beginningWithin(comments, child.getRange().get())) {
        if (PositionUtils.nodeContains(child, comment, ignoreAnnotations)) {
          inside.add(comment);
        }
      }
      comments.removeAll(inside);
      attribute(child, inside);
    }
    lineCommentsOnSameLine(comments, children);
    if (!comments.isEmpty() && isOnTheLineBefore(node, comments.first())) {
      node.setComment(comments.first());
      comments.remove(comments.first());
    }
    precedingComments(node, comments, children);
  }

  /** The first comment of a file with a package declaration, when it comes before it. */
  private static void fileComment(CompilationUnit unit, TreeSet<Comment> comments) {
    Comment first = comments.first();
    if (unit.getPackageDeclaration().isPresent()
        && (unit.getChildNodes().isEmpty()
            || PositionUtils.areInOrder(first, unit.getPackageDeclaration().get()))) {
      unit.setComment(first);
      comments.remove(first);
    }
  }

  private static NavigableSet<Comment> beginningWithin(TreeSet<Comment> comments, Range range) {
    return comments.subSet(probe(range.begin), true, probe(range.end), true);
  }

  /** A comment that sorts at {@code position}, to bound a range of the sorted set. */
  private static Comment probe(Position position) {
    BlockComment probe = new BlockComment("");
    probe.setRange(new Range(position, position));
    return probe;
  }

  /** A line comment after code on its line belongs to that code. */
  private void lineCommentsOnSameLine(TreeSet<Comment> comments, List<Node> children) {
    Map<Integer, List<Node>> byEndLine = new HashMap<>();
    for (Node child : children) {
      if (child.hasRange()) {
        byEndLine
            .computeIfAbsent(child.getRange().get().end.line, line -> new ArrayList<>())
            .add(child);
      }
    }
    List<Comment> attributed = new ArrayList<>();
    for (Comment comment : comments) {
      if (!comment.hasRange() || !comment.isLineComment()) {
        continue;
      }
      for (Node child : byEndLine.getOrDefault(comment.getRange().get().begin.line, List.of())) {
        if (lineCommentToNodeOrChild(child, comment.asLineComment())) {
          attributed.add(comment);
        }
      }
    }
    comments.removeAll(attributed);
  }

  private boolean lineCommentToNodeOrChild(Node node, LineComment comment) {
    if (!node.hasRange() || !comment.hasRange()) {
      return false;
    }
    if (node.getBegin().get().line == comment.getBegin().get().line
        && node.getComment().isEmpty()) {
      if (!(node instanceof Comment)) {
        node.setComment(comment);
      }
      return true;
    }
    List<Node> children = new ArrayList<>(node.getChildNodes());
    PositionUtils.sortByBeginPosition(children);
    Collections.reverse(children); // the nearest to the comment first
    for (Node child : children) {
      if (lineCommentToNodeOrChild(child, comment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOnTheLineBefore(Node node, Comment comment) {
    if (!comment.hasRange() || !node.hasRange()) {
      return false;
    }
    return comment.getRange().get().end.line + 1 == node.getRange().get().begin.line;
  }

  /** A comment right before a child belongs to it; the comments left are the node's orphans. */
  private void precedingComments(Node node, TreeSet<Comment> comments, List<Node> children) {
    List<Node> childrenAndComments = new ArrayList<>(children);
    childrenAndComments.addAll(comments);
    PositionUtils.sortByBeginPosition(childrenAndComments, ignoreAnnotations);
    List<Comment> attributed = new ArrayList<>();
    Comment previous = null;
    for (Node thing : childrenAndComments) {
      if (thing instanceof Comment comment) {
        previous = comment.isOrphan() ? comment : null;
      } else if (previous != null
          && thing.getComment().isEmpty()
          && (!notAcrossEmptyLines || !thereAreLinesBetween(previous, thing))) {
        thing.setComment(previous);
        attributed.add(previous);
        previous = null;
      }
    }
    comments.removeAll(attributed);
    for (Comment comment : comments) {
      if (comment.isOrphan()) {
        node.addOrphanComment(comment);
      }
    }
  }

  private static boolean thereAreLinesBetween(Node a, Node b) {
    if (!a.hasRange() || !b.hasRange()) {
      return true;
    }
    if (!PositionUtils.areInOrder(a, b)) {
      return thereAreLinesBetween(b, a);
    }
    return b.getBegin().get().line > a.getEnd().get().line + 1;
  }
}
