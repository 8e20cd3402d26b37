package dev.reviewbot.action.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.api.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeScanningSarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void leavesOutChangeLevelFindingsAndPlacesWholeFileOnesOnTheFirstLine() throws IOException {
    CodeScanningSarif sarif = CodeScanningSarif.of(Reports.of(List.of(
        Reports.wholeChange(),
        Reports.at(Severity.WARNING, "src/main/java/p/A.java", 12, "too many parameters"),
        Reports.wholeFile("src/main/java/p/B.java"))));

    assertThat(SarifSchema.errors(sarif.json())).isEmpty();
    JsonNode run = JSON.readTree(sarif.json()).at("/runs/0");
    assertThat(run.get("results")).hasSize(2);
    assertThat(run.get("results")).allSatisfy(result -> {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("src/main/java/p/");
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    });
    assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(run.at("/results/1/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(run.at("/properties/changeLevelFindingsOmitted").asInt()).isEqualTo(1);
    assertThat(sarif.results()).isEqualTo(2);
    assertThat(sarif.changeLevelOmitted()).isEqualTo(1);
  }

  @Test
  void keepsTheMostSevereResultsWithinCodeScanningsLimitPerRun() throws IOException {
    List<dev.reviewbot.api.Finding> findings = new java.util.ArrayList<>(Reports.many(Severity.INFO, 10));
    findings.addAll(Reports.many(Severity.WARNING, 45));
    findings.addAll(Reports.many(Severity.ERROR, 10));

    // the real limit is 25,000; 50 shows the same cut without rendering that many
    CodeScanningSarif sarif = CodeScanningSarif.of(Reports.of(findings), 50);

    JsonNode run = JSON.readTree(sarif.json()).at("/runs/0");
    assertThat(run.get("results")).hasSize(50);
    assertThat(run.get("results").findValuesAsText("level")).doesNotContain("note").filteredOn("error"::equals).hasSize(10);
    assertThat(run.at("/properties/resultsOmittedOverLimit").asInt()).isEqualTo(15);
  }
}
