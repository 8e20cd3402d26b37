package dev.reviewbot.action.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobSummaryTest {

  @ParameterizedTest(name = "{0} findings saying \"{1}\" in at most {2} bytes")
  @CsvSource({
    "40, plain ascii text, 4000",
    "400, Größenänderung überschreitet €-Grenze, 20000",
    "400, 重构后的方法参数过多 😀😀, 20000",
    "3000, 重构后的方法参数过多 😀😀, 1048576",
  })
  void staysWithinTheByteLimitAndSaysHowManyFindingsItLeftOut(
      int count, String text, int maxBytes) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      findings.add(
          Reports.at(
              Severity.WARNING,
              "src/main/java/p/Wide" + i + ".java",
              i,
              text + " " + text + " " + text + " #" + i));
    }
    JobSummary summary = new JobSummary().note("Posting: refused on a fork.");

    String markdown =
        summary.render(Reports.of(findings), "https://github.com/o/r/blob/abc/", maxBytes);

    assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(maxBytes);
    assertThat(markdown).startsWith("### reviewbot").endsWith("- Posting: refused on a fork.\n");
    if (markdown.contains("not shown")) {
      assertThat(markdown).containsPattern("\\*\\*\\d+ more findings not shown\\*\\*");
    }
  }

  @Test
  void aMegabyteOfFindingsIsCutWithTheCountOfTheRest() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 6000; i++) {
      findings.add(
          Reports.at(
              Severity.WARNING,
              "src/main/java/p/Wide" + i + ".java",
              i,
              "重构后的方法参数过多 😀 ".repeat(12)));
    }

    String markdown = new JobSummary().render(Reports.of(findings), null, JobSummary.MAX_BYTES);

    assertThat(markdown.getBytes(StandardCharsets.UTF_8).length)
        .isBetween(JobSummary.MAX_BYTES - 64 * 1024, JobSummary.MAX_BYTES);
    assertThat(markdown).containsPattern("\\*\\*\\d+ more findings not shown\\*\\*");
  }

  @Test
  void sectionsAndNotesFollowTheFindings() {
    String markdown =
        new JobSummary()
            .section("#### Coverage\n\n| file | patch |\n")
            .note("SARIF: `x.sarif`")
            .render(
                Reports.of(List.of(Reports.at(Severity.ERROR, "A.java", 3, "bad"))),
                null,
                JobSummary.MAX_BYTES);

    assertThat(markdown.indexOf("A.java:3")).isLessThan(markdown.indexOf("#### Coverage"));
    assertThat(markdown).endsWith("\n#### What the Action did\n\n- SARIF: `x.sarif`\n");
  }
}
