package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reviewbot.testdata.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(TestData.file("formats/sarif-schema-2.1.0.json"))) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(in, InputFormat.JSON);
    }
  }

  private static List<Error> validate(String sarif) {
    return schema.validate(sarif, InputFormat.JSON);
  }

  @Test
  void theSampleIsValidSarif() {
    assertThat(validate(render(new SarifReporter(), ReportSamples.sample()))).isEmpty();
  }

  @Test
  void aCleanRunIsValidSarif() {
    assertThat(validate(render(new SarifReporter(), ReportSamples.clean()))).isEmpty();
  }

  @Test
  void aFixIsAValidSarifFixWithOneReplacementPerEdit() throws IOException {
    String sarif = render(new SarifReporter(), ReportSamples.sample());
    JsonNode fix = JSON.readTree(sarif).at("/runs/0/results/1/fixes/0");

    assertThat(validate(sarif)).isEmpty();
    assertThat(fix.at("/description/text").asText()).isEqualTo("Make CACHE unmodifiable");
    assertThat(fix.at("/artifactChanges/0/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/com/acme/Billing.java");
    assertThat(fix.at("/artifactChanges/0/replacements/0").toString())
        .isEqualTo(
            "{\"deletedRegion\":{\"startLine\":30,\"startColumn\":45,\"endLine\":30,\"endColumn\":62},"
                + "\"insertedContent\":{\"text\":\"List.of(\\\"a\\\", \\\"b\\\")\"}}");
    assertThat(fix.at("/artifactChanges/0/replacements/1/deletedRegion/endColumn").asInt())
        .as("an insertion: an empty region")
        .isEqualTo(1);
  }

  @Test
  void theSchemaCheckRejectsABrokenFix() throws IOException {
    ObjectNode sarif =
        (ObjectNode) JSON.readTree(render(new SarifReporter(), ReportSamples.sample()));
    ObjectNode fix = (ObjectNode) sarif.at("/runs/0/results/1/fixes/0");
    fix.remove("artifactChanges");

    assertThat(validate(sarif.toString()))
        .extracting(e -> e.getInstanceLocation() + " " + e.getMessage())
        .anyMatch(m -> m.contains("'artifactChanges' not found"));
  }

  @Test
  void theSchemaCheckRejectsBrokenSarif() throws IOException {
    ObjectNode sarif =
        (ObjectNode) JSON.readTree(render(new SarifReporter(), ReportSamples.sample()));
    ObjectNode result = (ObjectNode) sarif.at("/runs/0/results/1");
    result.put("level", "fatal");
    result.remove("message");

    assertThat(validate(sarif.toString()))
        .extracting(e -> e.getInstanceLocation() + " " + e.getMessage())
        .anyMatch(m -> m.startsWith("/runs/0/results/1/level ") && m.contains("enumeration"))
        .anyMatch(m -> m.startsWith("/runs/0/results/1 ") && m.contains("'message' not found"));
  }

  @Test
  void eachResultPointsAtItsRuleAndCarriesOurFingerprint() throws IOException {
    JsonNode run = JSON.readTree(render(new SarifReporter(), ReportSamples.sample())).at("/runs/0");

    for (JsonNode result : run.get("results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(result.at("/partialFingerprints/reviewbot~1v1").asText()).isNotBlank();
    }
  }

  @Test
  void everyResultHasALocationAsCodeScanningRequiresAndChangeLevelFindingsAreListedBeside()
      throws IOException {
    JsonNode run = JSON.readTree(render(new SarifReporter(), ReportSamples.sample())).at("/runs/0");

    assertThat(run.get("results"))
        .hasSize(4)
        .allSatisfy(
            result ->
                assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                    .isPositive());
    assertThat(run.get("results").findValuesAsText("ruleId")).doesNotContain("review-size");
    assertThat(run.at("/properties/changeLevelFindingsOmitted").asInt()).isEqualTo(1);
    assertThat(run.at("/properties/changeLevelFindings/0/ruleId").asText())
        .isEqualTo("review-size");
    assertThat(run.at("/properties/changeLevelFindings/0/message").asText())
        .startsWith("This change adds");
  }

  @Test
  void aWholeFileFindingIsPlacedOnTheFilesFirstLine() throws IOException {
    JsonNode results =
        JSON.readTree(render(new SarifReporter(), ReportSamples.sample())).at("/runs/0/results");

    JsonNode wholeFile = results.get(2);
    assertThat(wholeFile.at("/partialFingerprints/reviewbot~1v1").asText()).isEqualTo("sms-file");
    assertThat(wholeFile.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(wholeFile.at("/locations/0/physicalLocation/region").has("endLine")).isFalse();
  }

  @Test
  void keepsTheMostSevereResultsWithinCodeScanningsLimitPerRun() throws IOException {
    SarifReporter.Sarif sarif = new SarifReporter(2).render(ReportSamples.sample());

    JsonNode run = JSON.readTree(sarif.json()).at("/runs/0");
    assertThat(run.get("results").findValuesAsText("level")).containsExactly("error", "warning");
    assertThat(run.at("/properties/resultsOmittedOverLimit").asInt()).isEqualTo(2);
    assertThat(sarif.results()).isEqualTo(2);
    assertThat(sarif.overLimitOmitted()).isEqualTo(2);
    assertThat(sarif.changeLevelOmitted()).isEqualTo(1);
  }

  @Test
  void pathsAreRelativeUrisAgainstTheSourceRoot() throws IOException {
    JsonNode location =
        JSON.readTree(render(new SarifReporter(), ReportSamples.sample()))
            .at("/runs/0/results/3/locations/0/physicalLocation/artifactLocation");

    assertThat(location.get("uri").asText())
        .isEqualTo("src/test/java/com/acme/Billing%20Test.java");
    assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
  }

  @Test
  void executionFailsOnlyWhenARuleCrashed() throws IOException {
    ReportInput sample = ReportSamples.sample();
    ReportInput withoutCrash =
        new ReportInput(
            sample.findings(), 0, sample.notices(), List.of(), sample.rules(), null, null, 1, "1");

    assertThat(
            JSON.readTree(render(new SarifReporter(), sample))
                .at("/runs/0/invocations/0/executionSuccessful")
                .asBoolean())
        .isFalse();
    assertThat(
            JSON.readTree(render(new SarifReporter(), withoutCrash))
                .at("/runs/0/invocations/0/executionSuccessful")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aBaselinedRunIsValidSarifWithAStateOnEveryResult() throws IOException {
    String sarif = render(new SarifReporter(), ReportSamples.baselined());

    assertThat(validate(sarif)).isEmpty();
    JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
    assertThat(results).allSatisfy(result -> assertThat(result.has("baselineState")).isTrue());
    assertThat(results.findValuesAsText("baselineState"))
        .containsExactly("new", "unchanged", "absent");
  }

  @Test
  void aBaselinedFindingIsListedAsUnchangedAndAGoneEntryAsAbsent() throws IOException {
    JsonNode results =
        JSON.readTree(render(new SarifReporter(), ReportSamples.baselined())).at("/runs/0/results");

    assertThat(results.get(1).at("/partialFingerprints/reviewbot~1v1").asText())
        .isEqualTo("ac-charge");
    assertThat(results.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(12);
    JsonNode absent = results.get(2);
    assertThat(absent.get("ruleId").asText()).isEqualTo("global-state");
    assertThat(absent.at("/message/text").asText()).isEqualTo("Field CACHE is shared");
    assertThat(absent.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/com/acme/Old.java");
    // a baseline records no lines: placed on the file's first line, as a whole-file finding is
    assertThat(absent.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(absent.at("/locations/0/physicalLocation/region").has("endLine")).isFalse();
    assertThat(absent.has("level")).as("the rule's default level applies").isFalse();
  }

  @Test
  void aRunWithoutBaselineHasNoBaselineState() throws IOException {
    assertThat(
            JSON.readTree(render(new SarifReporter(), ReportSamples.sample()))
                .at("/runs/0/results")
                .findValues("baselineState"))
        .isEmpty();
  }
}
