package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.registry.RuleLinks;
import org.junit.jupiter.api.Test;

/** Every report links a rule to the page of the one configurable base URL. */
class RuleLinksInReportsTest {
  @Test
  void sarifAndMarkdownLinkARuleToThePageOfTheConfiguredBase() throws Exception {
    String page = RuleLinks.DEFAULT.url("argument-count");

    String sarif = render(new SarifReporter(), ReportSamples.sample());
    String markdown =
        render(
            new MarkdownReporter(ReporterOptions.DEFAULT_MARKDOWN_MAX_CHARS, null),
            ReportSamples.sample());

    assertThat(
            new ObjectMapper().readTree(sarif).at("/runs/0/tool/driver/rules/0/helpUri").asText())
        .isEqualTo(page);
    assertThat(markdown).contains("(" + page + ")");
    assertThat(RuleLinks.DEFAULT.url("argument-count")).isEqualTo(page);
  }
}
