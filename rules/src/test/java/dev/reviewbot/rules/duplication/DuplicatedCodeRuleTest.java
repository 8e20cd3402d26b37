package dev.reviewbot.rules.duplication;

import static dev.reviewbot.rules.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.rules.Changes;
import dev.reviewbot.testgit.TestGitRepo;
import dev.reviewbot.testkit.RuleFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicatedCodeRuleTest {
  /** A block of six statements, about 55 tokens: three copies of it are worth a comment. */
  private static final String BLOCK =
      """
          String value = settings.get("port");
          if (value != null && !value.isBlank()) {
            try {
              port = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
              LOG.warning("bad port: " + value);
            }
          }
      """;

  /** Another block, of another shape. */
  private static final String LOOP =
      """
          int total = 0;
          for (String key : settings.keySet()) {
            if (key.startsWith("x-")) {
              total += key.length();
              LOG.fine("extension " + key);
            }
          }
          timeout = total;
      """;

  private static final RuleFixture RULE = RuleFixture.of(DuplicatedCodeRule.class);

  @TempDir Path dir;

  /** A class whose methods {@code a}, {@code b} and {@code c} hold the three blocks given. */
  private static String threeMethods(String first, String second, String third) {
    return "import java.util.Map;\nimport java.util.logging.Logger;\n\nclass Settings {\n"
        + "  static final Logger LOG = Logger.getLogger(\"s\");\n  int port;\n  int timeout;\n\n"
        + "  void a(Map<String, String> settings) {\n"
        + first
        + "  }\n\n"
        + "  void b(Map<String, String> settings) {\n"
        + second
        + "  }\n\n"
        + "  void c(Map<String, String> settings) {\n"
        + third
        + "  }\n}\n";
  }

  static Stream<Arguments> variants() {
    return Stream.<Object[]>of(
            new Object[] {"verbatim copies", (UnaryOperator<String>) b -> b, true},
            new Object[] {
              "a local renamed", (UnaryOperator<String>) b -> b.replace("value", "text"), true
            },
            new Object[] {
              "a literal changed",
              (UnaryOperator<String>) b -> b.replace("\"port\"", "\"timeout\""),
              true
            },
            new Object[] {
              "the field and the key changed",
              (UnaryOperator<String>)
                  b ->
                      b.replace("port =", "timeout =")
                          .replace("\"port\"", "\"timeout\"")
                          .replace("bad port", "bad timeout"),
              true
            },
            new Object[] {
              "comments, blank lines and line breaks added",
              (UnaryOperator<String>)
                  b ->
                      b.replace("try {", "// parse it\n      try\n      {\n")
                          .replace(
                              "if (value != null", "\n      /* set? */ if (value\n        != null"),
              true
            },
            new Object[] {
              "an annotation added",
              (UnaryOperator<String>)
                  b -> b.replace("String value", "@SuppressWarnings(\"x\") String value"),
              true
            },
            new Object[] {
              "an operator changed",
              (UnaryOperator<String>) b -> b.replace("&& !value", "|| !value"),
              false
            },
            new Object[] {
              "a keyword changed",
              (UnaryOperator<String>)
                  b ->
                      b.replace("try {", "synchronized (this) {")
                          .replace("} catch (NumberFormatException e) {", "} {"),
              false
            },
            new Object[] {
              "four names changed: the same shape, another meaning",
              (UnaryOperator<String>)
                  b ->
                      b.replace("settings.get", "config.read")
                          .replace("Integer.parseInt", "Long.decode")
                          .replace("LOG.warning", "out.println")
                          .replace("isBlank", "isEmpty"),
              false
            })
        .map(Arguments::of);
  }

  /**
   * Two copies of the block and a changed one: the changed one is a third copy, or the other two
   * stand alone.
   */
  @ParameterizedTest(name = "{0}: a copy {2}")
  @MethodSource("variants")
  void normalisesNamesLiteralsAndLayoutButNotStructure(
      String name, UnaryOperator<String> change, boolean copy) {
    String source = threeMethods(BLOCK, BLOCK, change.apply(BLOCK));
    List<Finding> findings = RULE.findings("Settings.java", source);

    assertThat(findings)
        .as(name)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains(copy ? "appear 3 times" : "appear 2 times");
  }

  static Stream<Arguments> groups() {
    String three = threeMethods(BLOCK, BLOCK, BLOCK);
    String one = threeMethods(BLOCK, "", "");
    String two = threeMethods(BLOCK, BLOCK, "");
    return Stream.of(
        Arguments.of(
            "three copies in one file: one finding on the first, listing all three",
            Map.of(),
            Map.of("src/main/java/Settings.java", three),
            "src/main/java/Settings.java:9",
            "appear 3 times (the same code): Settings.java:9 (here), Settings.java:20, Settings.java:31. "),
        Arguments.of(
            "copies in two files",
            Map.of(),
            Map.of(
                "src/main/java/Settings.java",
                one,
                "src/main/java/Other.java",
                two.replace("class Settings", "class Other")),
            "src/main/java/Other.java:9",
            "appear 3 times (the same code): Other.java:9 (here), Other.java:20, Settings.java:9. "),
        Arguments.of(
            "two files of one name: whole paths",
            Map.of(),
            Map.of("a/Settings.java", two, "b/Settings.java", one),
            "a/Settings.java:9",
            "appear 3 times (the same code): a/Settings.java:9 (here), a/Settings.java:20, b/Settings.java:9. "),
        Arguments.of(
            "a copy from before the change is listed, and the finding sits on the first new one",
            Map.of("src/main/java/Settings.java", one),
            Map.of("src/main/java/Settings.java", three),
            "src/main/java/Settings.java:20",
            "appear 3 times (the same code): Settings.java:9 (before this change), Settings.java:20 (here), Settings.java:31. "),
        Arguments.of(
            "a big block copied from old code: reuse it",
            Map.of("src/main/java/Settings.java", threeMethods(BLOCK + LOOP, "", "")),
            Map.of(
                "src/main/java/Settings.java",
                threeMethods(BLOCK + LOOP, "    int before = 0;\n" + BLOCK + LOOP, "")),
            "src/main/java/Settings.java:30",
            "These 16 lines repeat Settings.java:10, which was there before this change (the same code). "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void reportsEachGroupOnceOnItsFirstAddedCopyListingEveryPlace(
      String name,
      Map<String, String> base,
      Map<String, String> head,
      String anchor,
      String places) {
    List<Finding> findings = change(base, head);

    assertThat(findings).as(name).hasSize(1);
    assertThat(findings.get(0).path() + ":" + findings.get(0).line()).isEqualTo(anchor);
    assertThat(findings.get(0).message()).contains(places);
    assertThat(findings.get(0).channel()).isEqualTo(Channel.INLINE);
  }

  static Stream<Arguments> channels() {
    String big = BLOCK + BLOCK.replace("port", "timeout");
    return Stream.of(
        Arguments.of(
            "three copies of several statements: a comment",
            Map.of(),
            threeMethods(BLOCK, BLOCK, BLOCK),
            Channel.INLINE),
        Arguments.of(
            "two copies of a small block: the summary",
            Map.of(),
            threeMethods(BLOCK, BLOCK, ""),
            Channel.SUMMARY),
        Arguments.of(
            "two copies of a big block: a comment",
            Map.of(),
            threeMethods(big, big, ""),
            Channel.INLINE),
        Arguments.of(
            "one more copy of a block the code already repeated twice: the summary",
            Map.of("src/main/java/Settings.java", threeMethods(BLOCK, BLOCK, "")),
            threeMethods(BLOCK, BLOCK, BLOCK),
            Channel.SUMMARY),
        Arguments.of(
            "copies that set up several locals for the code after them: the summary",
            Map.of(),
            threeMethods(
                "    int tries = 1;\n" + BLOCK + "    LOG.info(value + tries);\n",
                "    int tries = 1;\n"
                    + BLOCK
                    + "    if (tries > 0) {\n      LOG.info(value);\n    }\n",
                "    int tries = 1;\n" + BLOCK + "    timeout = value.length() * tries;\n"),
            Channel.SUMMARY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void saysInlineOnlyWhatAReviewerWouldAskToExtract(
      String name, Map<String, String> base, String head, Channel channel) {
    List<Finding> findings = change(base, Map.of("src/main/java/Settings.java", head));

    assertThat(findings).as(name).extracting(Finding::channel).containsExactly(channel);
  }

  static Stream<Arguments> copiesAHelperCannotSimplyJoin() {
    String big = BLOCK + LOOP;
    String deprecatedOld =
        threeMethods(big, "", "").replace("  void a(", "  @Deprecated\n  void a(");
    return Stream.of(
        Arguments.of(
            "a copy of deprecated code the change replaces",
            Map.of("src/main/java/Settings.java", deprecatedOld),
            Map.of(
                "src/main/java/Settings.java",
                deprecatedOld.replace(
                    "  void b(Map<String, String> settings) {\n",
                    "  void b(Map<String, String> settings) {\n" + big)),
            Channel.SUMMARY),
        Arguments.of(
            "copies in three modules",
            Map.of(),
            Map.of(
                "a/src/main/java/Settings.java", threeMethods(BLOCK, "", ""),
                "b/src/main/java/Settings.java", threeMethods(BLOCK, "", ""),
                "c/src/main/java/Settings.java", threeMethods(BLOCK, "", "")),
            Channel.SUMMARY),
        Arguments.of(
            "copies in three files of one module",
            Map.of(),
            Map.of(
                "a/src/main/java/one/Settings.java", threeMethods(BLOCK, "", ""),
                "a/src/main/java/two/Settings.java", threeMethods(BLOCK, "", ""),
                "a/src/main/java/three/Settings.java", threeMethods(BLOCK, "", "")),
            Channel.INLINE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copiesAHelperCannotSimplyJoin")
  void saysInTheSummaryCopiesThatNeedADesignDecisionToJoin(
      String name, Map<String, String> base, Map<String, String> head, Channel channel) {
    assertThat(change(base, head)).as(name).extracting(Finding::channel).containsExactly(channel);
  }

  static Stream<Arguments> changesThatWriteNoCopy() {
    String three = threeMethods(BLOCK, BLOCK, BLOCK);
    return Stream.of(
        Arguments.of(
            "old copies re-wrapped",
            three,
            three
                .replace("(\"port\");\n    if", "(\"port\"); if")
                .replace("trim());\n      } catch", "trim()); } catch")),
        Arguments.of(
            "a copied method moved below a longer one",
            threeMethods(BLOCK, BLOCK, LOOP + LOOP.replace("x-", "y-")),
            threeMethods(BLOCK, BLOCK, LOOP + LOOP.replace("x-", "y-"))
                .replaceFirst("(?s)(  void b\\(.*?\n  }\n\n)(  void c\\(.*?\n  }\n)", "$2\n$1")
                .replaceFirst("\n\n}\n$", "\n}\n")),
        Arguments.of(
            "one line of an old copy changed",
            three,
            three.substring(0, three.lastIndexOf("bad port"))
                + "wrong port"
                + three.substring(three.lastIndexOf("bad port") + 8)),
        Arguments.of(
            "old copies untouched, other code added",
            threeMethods(BLOCK, BLOCK, ""),
            threeMethods(BLOCK, BLOCK, "    timeout = port * 2;\n")));
  }

  @ParameterizedTest(name = "quiet when {0}")
  @MethodSource("changesThatWriteNoCopy")
  void saysNothingOfCopiesTheChangeDidNotWrite(String name, String base, String head) {
    assertThat(
            change(
                Map.of("src/main/java/Settings.java", base),
                Map.of("src/main/java/Settings.java", head)))
        .as(name)
        .isEmpty();
  }

  @Test
  void saysCopiesInTestCodeInTheSummaryAndSmallOnesNotAtAll() {
    String test = "src/test/java/SettingsTest.java";

    assertThat(change(Map.of(), Map.of(test, threeMethods(BLOCK, BLOCK, BLOCK))))
        .extracting(Finding::channel)
        .containsExactly(Channel.SUMMARY);
    assertThat(change(Map.of(), Map.of(test, threeMethods(BLOCK, BLOCK, "")))).isEmpty();
  }

  @Test
  void neverMatchesTestCodeWithProductionCode() {
    String production = threeMethods(BLOCK, "", "");
    String test = threeMethods(BLOCK, BLOCK, "").replace("class Settings", "class SettingsTest");

    assertThat(
            change(
                Map.of(),
                Map.of(
                    "src/main/java/Settings.java",
                    production,
                    "src/test/java/SettingsTest.java",
                    test)))
        .isEmpty();
  }

  /**
   * The findings on {@code head} committed over {@code base} (path to content; empty: nothing
   * before).
   */
  private List<Finding> change(Map<String, String> base, Map<String, String> head) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      repo.write("README.md", "base\n");
      base.forEach(repo::write);
      ObjectId before = repo.commit("base");
      head.forEach(repo::write);
      ObjectId after = repo.commit("change");
      return findings(DuplicatedCodeRule.class, Changes.between(repo, before, after), Map.of());
    }
  }
}
