package dev.reviewbot.rules.serial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.source.LastRelease;
import dev.reviewbot.testkit.RuleFixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SerializationCompatRuleTest {
  private static final RuleFixture RULE = RuleFixture.of(SerializationCompatRule.class);

  private static final String SETTINGS =
      """
      import java.io.Serializable;
      public class A implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
      }
      """;

  private static final String SETTINGS_WITH_FLAG =
      """
      import java.io.Serializable;
      public class A implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private boolean enabled = true;
      }
      """;

  @Test
  void saysWhatOldStreamsReadAndWhatToDo() {
    List<Finding> findings = RULE.findingsForChange("A.java", SETTINGS, SETTINGS_WITH_FLAG);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.isInline()).isTrue();
              assertThat(f.message())
                  .isEqualTo(
                      "`enabled` is new in Serializable `A`, whose serialVersionUID stays 1L: objects serialized by "
                          + "the previous version have no value for it, and deserialization runs neither field initializers nor constructors, so they "
                          + "read `enabled` as false, not `true`.");
              assertThat(f.suggestionIfAny())
                  .hasValueSatisfying(
                      s ->
                          assertThat(s)
                              .startsWith("Set it in readObject() after defaultReadObject()")
                              .contains("make it transient and initialise lazily")
                              .endsWith("change serialVersionUID instead."));
            });
  }

  @Test
  void severalNewFieldsOfOneClassAreOneComment() {
    String head =
        SETTINGS.replace(
            "private String name;",
            "private String name;\n  private int limit = 10;\n"
                + "  private final java.util.List<String> tags = new java.util.ArrayList<>();");

    List<Finding> findings = RULE.findingsForChange("A.java", SETTINGS, head);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.message())
                  .startsWith("`limit`, `tags` are new in Serializable `A`")
                  .endsWith(
                      "so they read `limit` as 0, not `10`; `tags` as null, not `new java.util.ArrayList<>()`.");
            });
  }

  static Stream<Arguments> channels() {
    String exception =
        """
        public class A extends RuntimeException {
          private static final long serialVersionUID = 1L;
        }
        """;
    String noUid =
        """
        import java.io.Serializable;
        public class A implements Serializable {
          private String name;
        }
        """;
    return Stream.of(
        Arguments.of(
            "a pinned serialVersionUID promises old streams: inline",
            "src/main/java/A.java",
            SETTINGS,
            SETTINGS_WITH_FLAG,
            List.of(true)),
        Arguments.of(
            "exceptions are hardly ever read back by another version: summary",
            "src/main/java/A.java",
            exception,
            exception.replace("1L;", "1L;\n  private boolean retry = true;"),
            List.of(false)),
        Arguments.of(
            "without serialVersionUID old streams fail loudly already: one summary line",
            "src/main/java/A.java",
            noUid,
            noUid.replace("name;", "name;\n  private boolean enabled = true;"),
            List.of(false)),
        Arguments.of(
            "test code: summary",
            "src/test/java/A.java",
            SETTINGS,
            SETTINGS_WITH_FLAG,
            List.of(false)),
        Arguments.of(
            "a changed serialVersionUID says old streams are not read: nothing",
            "src/main/java/A.java",
            SETTINGS,
            SETTINGS_WITH_FLAG.replace("1L", "2L"),
            List.of()),
        Arguments.of(
            "a dropped serialVersionUID: inline",
            "src/main/java/A.java",
            SETTINGS,
            SETTINGS.replace("private static final long serialVersionUID = 1L;", "// no uid"),
            List.of(true)),
        Arguments.of(
            "a dropped serialVersionUID under @SuppressWarnings(\"serial\") was chosen: summary",
            "src/main/java/A.java",
            SETTINGS,
            SETTINGS
                .replace("private static final long serialVersionUID = 1L;", "// no uid")
                .replace("public class", "@SuppressWarnings(\"serial\")\npublic class"),
            List.of(false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void choosesItsChannel(String name, String path, String base, String head, List<Boolean> inline) {
    String header = "// path: " + path + "\n";
    List<Finding> findings = RULE.findingsForChange("A.java", header + base, header + head);

    assertThat(findings).extracting(Finding::isInline).containsExactlyElementsOf(inline);
  }

  @Test
  void exceptionsCanBeAskedInline() {
    String exception =
        """
        // options: {exceptionsInline: true}
        public class A extends RuntimeException {
          private static final long serialVersionUID = 1L;
        }
        """;

    List<Finding> findings =
        RULE.findingsForChange(
            "A.java", exception, exception.replace("1L;", "1L;\n  private boolean retry = true;"));

    assertThat(findings).extracting(Finding::isInline).containsExactly(true);
  }

  @Test
  void aClassNoReleaseHadHasNoOldStreamsInTheWild() {
    LastRelease release = LastRelease.of("v1.0", Map.of(), null);

    List<Finding> findings =
        RULE.findingsForChange("A.java", SETTINGS, SETTINGS_WITH_FLAG, release);

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.isInline()).isFalse());
  }

  @Test
  void aSerialVersionUidChangedSinceTheReleaseAlreadyRejectsItsStreams() {
    LastRelease release =
        LastRelease.of("v1.0", Map.of("src/main/java/A.java", SETTINGS.replace("1L", "7L")), null);

    assertThat(RULE.findingsForChange("A.java", SETTINGS, SETTINGS_WITH_FLAG, release)).isEmpty();
  }

  @Test
  void theReleasedClassWithTheSameSerialVersionUidKeepsTheCommentInline() {
    LastRelease release = LastRelease.of("v1.0", Map.of("src/main/java/A.java", SETTINGS), null);

    assertThat(RULE.findingsForChange("A.java", SETTINGS, SETTINGS_WITH_FLAG, release))
        .extracting(Finding::isInline)
        .containsExactly(true);
  }

  @Test
  void aTypeVariableErasesToItsBound() {
    String base =
        """
        import java.io.Serializable;
        public class A<T> implements Serializable {
          private static final long serialVersionUID = 1L;
          private Object value;
          private int count;
        }
        """;
    String head = base.replace("Object value", "T value").replace("int count", "long count");

    List<Finding> findings = RULE.findingsForChange("A.java", base, head);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "`count` changes type from `int` to `long` while serialVersionUID stays 1L")
                    .contains("InvalidClassException"));
  }
}
