package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the Javadoc of a method and of the types around it says more about null in the head than
 * in the base: "accepts null entries", "@param path the path, null ignored". A removed null check
 * then looks meant.
 */
final class NullMentions {
  private static final Pattern NULL = Pattern.compile("\\bnull\\b");

  private NullMentions() {}

  static boolean grew(MethodBody base, MethodBody head) {
    return count(head.declaration()) > count(base.declaration());
  }

  private static int count(Node declaration) {
    int count = 0;
    for (Node n = declaration; n != null; n = n.getParentNode().orElse(null)) {
      if (n == declaration || n instanceof TypeDeclaration<?>) {
        if (n instanceof NodeWithJavadoc<?> documented) {
          count += documented.getJavadocComment().map(NullMentions::count).orElse(0);
        }
      }
    }
    return count;
  }

  private static int count(JavadocComment javadoc) {
    Matcher m = NULL.matcher(javadoc.getContent());
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }
}
