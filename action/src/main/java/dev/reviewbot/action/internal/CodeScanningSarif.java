package dev.reviewbot.action.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.SarifReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SARIF for {@code github/codeql-action/upload-sarif}: the {@link SarifReporter}'s output adjusted
 * to what code scanning accepts.
 *
 * <ul>
 *   <li>Findings about the whole change have no file; code scanning rejects a result without a
 *       location ("locationFromSarifResult: expected at least one location"), and no file would be
 *       an honest place for them, so they are left out here (the job summary and the review list them)
 *       and counted in {@code runs[0].properties.changeLevelFindingsOmitted}.
 *   <li>Findings about a whole file get {@code region.startLine} 1: code scanning places an alert
 *       only with a start line, and the file's first line is where it shows the file.
 *   <li>At most {@value #MAX_RESULTS} results per run (code scanning's limit), errors first; any cut is
 *       counted in {@code runs[0].properties.resultsOmittedOverLimit}.
 * </ul>
 *
 * @param changeLevelOmitted findings left out because they have no file
 * @param overLimitOmitted results left out over the limit
 */
public record CodeScanningSarif(String json, int results, int changeLevelOmitted, int overLimitOmitted) {
  public static final int MAX_RESULTS = 25_000;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static CodeScanningSarif of(ReportInput input) throws IOException {
    return of(input, MAX_RESULTS);
  }

  static CodeScanningSarif of(ReportInput input, int maxResults) throws IOException {
    StringWriter raw = new StringWriter();
    new SarifReporter().write(input, raw);
    ObjectNode root = (ObjectNode) JSON.readTree(raw.toString());
    ObjectNode run = (ObjectNode) root.get("runs").get(0);
    ArrayNode results = (ArrayNode) run.get("results");
    List<JsonNode> kept = new ArrayList<>();
    int changeLevel = 0;
    for (JsonNode result : results) {
      JsonNode locations = result.path("locations");
      if (!locations.isArray() || locations.isEmpty()) {
        changeLevel++;
        continue;
      }
      for (JsonNode location : locations) {
        ObjectNode physical = (ObjectNode) location.get("physicalLocation");
        if (physical != null && !physical.has("region")) {
          physical.putObject("region").put("startLine", 1);
        }
      }
      kept.add(result);
    }
    int overLimit = Math.max(0, kept.size() - maxResults);
    if (overLimit > 0) {
      kept.sort(Comparator.comparingInt(CodeScanningSarif::rank));
      kept = new ArrayList<>(kept.subList(0, maxResults));
    }
    results.removeAll();
    results.addAll(kept);
    ObjectNode properties = run.has("properties") ? (ObjectNode) run.get("properties") : run.putObject("properties");
    properties.put("changeLevelFindingsOmitted", changeLevel);
    if (overLimit > 0) {
      properties.put("resultsOmittedOverLimit", overLimit);
    }
    return new CodeScanningSarif(JSON.writeValueAsString(root) + "\n", kept.size(), changeLevel, overLimit);
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, json);
  }

  private static int rank(JsonNode result) {
    return switch (result.path("level").asText()) {
      case "error" -> 0;
      case "warning" -> 1;
      default -> 2;
    };
  }
}
