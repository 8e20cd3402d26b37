package dev.reviewbot.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.plan.SummarySection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewBundleTest {
  static final String SHA = "07374fe73aff1c2024a8d4114b32406c7a8e89b7";
  static final Path GOLDEN = Path.of("src/test/resources/bundle/bundle-v3.json");

  @TempDir Path dir;

  static ReviewBundle sample() {
    List<Finding> findings =
        List.of(
            new Finding(
                "argument-count",
                Severity.ERROR,
                "src/main/java/A.java",
                new LineRange(3, 5),
                "Method `build` has 7 parameters",
                "fp-1",
                "```java\nvoid build(Options o) {\n```"),
            new Finding(
                "shared-mutable-state",
                Severity.WARNING,
                "src/main/java/B.java",
                LineRange.of(2),
                "Static field `limit` is not final",
                "fp-2",
                null,
                Channel.INLINE,
                List.of(Fix.of("Make `limit` final", new Edit.Replace(2, 17, 2, 17, " final")))),
            new Finding(
                "pr-size", Severity.INFO, null, null, "This change adds 900 lines", "fp-3", null));
    AnalysisResult analysis =
        new AnalysisResult(
            findings,
            List.of(new Notice("src/Broken.java", 3, 7, "Parse error")),
            List.of(
                new RuleCrash(
                    "argument-count",
                    "src/C.java",
                    "java.lang.IllegalStateException: boom",
                    "trace")),
            4);
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults().withCommentBudget(10))
            .plan(
                analysis,
                new DiffFilter(FilterMode.NOFILTER).mark(findings, new HashMap<>()),
                SHA,
                List.of(
                    new SummarySection(
                        "Patch coverage", "| File | Covered |\n|---|---:|\n| `A.java` | 80% |")),
                Map.of("src/main/java/B.java", "class B {\n  private static int limit = 3;\n}\n"));
    return ReviewBundle.of(new PullRequestRef("hub4j-test-org", "github-api", 484, SHA), plan);
  }

  @Test
  void readsBackTheBundleItWrites() {
    Path file = dir.resolve("out/bundle.json");
    ReviewBundle bundle = sample();
    bundle.write(file);
    assertThat(ReviewBundle.read(file)).isEqualTo(bundle);
  }

  @Test
  void writesTheCurrentFormat() throws IOException {
    // the format is a contract between two jobs: a change here needs a new version number
    if (Boolean.getBoolean("reviewbot.golden.update")) {
      Files.writeString(GOLDEN, sample().toJson() + "\n");
    }
    assertThat(sample().toJson().replace("\r\n", "\n"))
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8).strip());
  }

  @Test
  void neutralizesHtmlMentionsAndImagesInSectionsFromABundle() throws IOException {
    String text =
        Files.readString(GOLDEN)
            .replace("| `A.java` | 80% |", "@octocat <!-- reviewbot:summary --> ![x](http://t)");
    Path file = dir.resolve("b.json");
    Files.writeString(file, text);
    String markdown = ReviewBundle.read(file).plan().sections().get(0).markdown();
    assertThat(markdown).contains("@\u200Boctocat", "&lt;!-- reviewbot:summary --&gt;", "!\\[x]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "not json                  => [1, 2                                  => is not valid JSON at line 1",
        "an array                  => [1, 2]                                 => expected a JSON object",
        "no version                => {\"plan\": {}}                         => it has no 'version' field",
        "a newer version           => {\"version\": 4}                       => has version 4; this reviewbot reads version 3",
        "version as text           => {\"version\": \"1\"}                   => has version \"1\"",
      })
  void refusesABadFileWithAClearMessage(String name, String content, String expected)
      throws IOException {
    Path file = dir.resolve(name.replace(' ', '-') + ".json");
    Files.writeString(file, content);
    assertThatThrownBy(() -> ReviewBundle.read(file))
        .isInstanceOf(ReviewBundleException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(expected);
  }

  static Stream<Arguments> damages() {
    return Stream.of(
        Arguments.of(
            "an unknown field",
            "\"hiddenByFilter\" : 0,",
            "\"hiddenByFilter\" : 0, \"surprise\" : 1,",
            "invalid at plan.surprise: unknown field 'surprise'"),
        Arguments.of(
            "a missing rule id",
            "\"ruleId\" : \"argument-count\",",
            "",
            "invalid at plan.candidates[0].finding: 'ruleId' is missing"),
        Arguments.of(
            "a wrong type",
            "\"number\" : 484,",
            "\"number\" : \"many\",",
            "invalid at pullRequest.number"),
        Arguments.of(
            "a bad head sha",
            "\"headSha\" : \"" + SHA + "\"\n  },",
            "\"headSha\" : \"nope\"\n  },",
            "head SHA must be 40 lower-case hex digits"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void namesTheFieldThatIsWrong(String name, String original, String replacement, String expected)
      throws IOException {
    String golden = Files.readString(GOLDEN);
    assertThat(golden).contains(original);
    Path file = dir.resolve("bad.json");
    Files.writeString(file, golden.replace(original, replacement));
    assertThatThrownBy(() -> ReviewBundle.read(file))
        .isInstanceOf(ReviewBundleException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void saysWhenTheFileIsMissing() {
    Path file = dir.resolve("missing.json");
    assertThatThrownBy(() -> ReviewBundle.read(file))
        .isInstanceOf(ReviewBundleException.class)
        .hasMessage("review bundle " + file + " does not exist or is not a file");
  }

  @Test
  void refusesAPlanForAnotherCommitThanThePullRequestHead() {
    ReviewBundle bundle = sample();
    PullRequestRef other = new PullRequestRef("o", "r", 1, "1".repeat(40));
    assertThatThrownBy(() -> ReviewBundle.of(other, bundle.plan()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the plan is for " + SHA);
  }
}
