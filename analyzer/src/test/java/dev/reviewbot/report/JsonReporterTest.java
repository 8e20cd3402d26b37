package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  @Test
  void readsBackWithTheVersionAndEveryFinding() throws IOException {
    ReportInput sample = ReportSamples.sample();
    JsonNode root = new ObjectMapper().readTree(render(new JsonReporter(), sample));

    assertThat(root.get("version").asInt()).isEqualTo(JsonReporter.SCHEMA_VERSION);
    assertThat(root.get("findings")).hasSize(sample.findings().size());
    for (int i = 0; i < sample.findings().size(); i++) {
      assertThat(root.at("/findings/" + i + "/message").asText())
          .isEqualTo(sample.findings().get(i).message());
      assertThat(root.at("/findings/" + i + "/fingerprint").asText())
          .isEqualTo(sample.findings().get(i).fingerprint());
    }
    assertThat(root.at("/summary/hidden").asInt()).isEqualTo(2);
  }

  @Test
  void aChangeLevelFindingHasNullPathAndLines() throws IOException {
    JsonNode first =
        new ObjectMapper()
            .readTree(render(new JsonReporter(), ReportSamples.sample()))
            .at("/findings/0");

    assertThat(first.get("path").isNull()).isTrue();
    assertThat(first.get("startLine").isNull()).isTrue();
    assertThat(first.get("ruleId").asText()).isEqualTo("review-size");
  }
}
