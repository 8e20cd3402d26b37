package dev.reviewbot.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The linear attribution gives every comment to the node JavaParser's own attribution gives it to.
 */
class CommentAttributionTest {
  private static final JavaParser ATTRIBUTING =
      new JavaParser(
          new ParserConfiguration()
              .setLanguageLevel(JavaParsers.LANGUAGE_LEVEL)
              .setAttributeComments(true));

  static Stream<String> tricky() {
    return Stream.of(
        "// licence\npackage a;\n/** Doc. */\nclass A {}\n",
        "class A {\n  int x; // trailing\n  // before y\n\n  int y;\n  /* before z */\n  int z;\n  // orphan at the end\n}\n",
        "class A {\n  @Deprecated // on the annotation line\n  /** doc after annotation */\n  void f() { int a = 1; /* inner */ g(a, /* arg */ 2); }\n}\n",
        "class A { void f() {\n  if (x) { // after brace\n    y();\n  } // after close\n  // last\n} }\n",
        "import a.B; // why\n/* free */\n\nclass A {}\n// end of file\n");
  }

  @ParameterizedTest
  @MethodSource
  void tricky(String source) {
    assertThat(attribution(JavaParsers.parse(source).getResult().orElseThrow()))
        .isEqualTo(attribution(ATTRIBUTING.parse(source).getResult().orElseThrow()));
  }

  @Test
  void everySourceFileOfThisModule() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    int attributed = 0;
    for (Path file : files) {
      String source = Files.readString(file);
      List<String> expected = attribution(ATTRIBUTING.parse(source).getResult().orElseThrow());
      assertThat(attribution(JavaParsers.parse(source).getResult().orElseThrow()))
          .as(file.toString())
          .isEqualTo(expected);
      attributed += expected.size();
    }
    assertThat(attributed).as("nodes with comments").isGreaterThan(300);
  }

  /** Each node in walk order with the comment it owns and its orphan comments. */
  private static List<String> attribution(CompilationUnit unit) {
    List<String> lines = new ArrayList<>();
    unit.walk(
        node -> {
          if (node instanceof Comment) {
            return;
          }
          String owned = node.getComment().map(CommentAttributionTest::describe).orElse("-");
          List<String> orphans =
              node.getOrphanComments().stream().map(CommentAttributionTest::describe).toList();
          if (!owned.equals("-") || !orphans.isEmpty()) {
            lines.add(
                node.getClass().getSimpleName()
                    + node.getRange().map(Object::toString).orElse("")
                    + " "
                    + owned
                    + " "
                    + orphans);
          }
        });
    return lines;
  }

  private static String describe(Node comment) {
    return comment.getRange().map(Object::toString).orElse("?")
        + ((Comment) comment).getContent().strip();
  }
}
