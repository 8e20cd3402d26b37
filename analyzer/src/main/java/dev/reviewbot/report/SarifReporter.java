package dev.reviewbot.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.Severity;
import dev.reviewbot.baseline.BaselineEntry;
import dev.reviewbot.baseline.BaselineReport;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.json.JsonOutput;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleLinks;
import dev.reviewbot.report.internal.Uris;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run: the rules that ran as {@code tool.driver.rules} (summary, help text,
 * help URI, default level, tags), one result per finding with our fingerprint as {@code
 * partialFingerprints["reviewbot/v1"]}, and notices and crashes as {@code
 * invocations[0].toolExecutionNotifications}.
 *
 * <p>Written so that GitHub code scanning ({@code github/codeql-action/upload-sarif}) accepts it,
 * whoever writes it (the command line's {@code --format sarif} or the Action):
 *
 * <ul>
 *   <li>every result has a location: code scanning rejects one without ("locationFromSarifResult:
 *       expected at least one location"). A finding about the whole change has no file, so it is no
 *       result; it is listed in {@code runs[0].properties.changeLevelFindings} (rule, level,
 *       message) and counted in {@code changeLevelFindingsOmitted};
 *   <li>a finding about a whole file, and an {@code absent} baseline entry (a baseline records no
 *       lines), has {@code region.startLine} 1, since code scanning places an alert only with a
 *       start line;
 *   <li>at most {@value #MAX_RESULTS} results (code scanning's limit per run), the findings shown
 *       first, errors first among them, then {@code unchanged}, then {@code absent}; a cut is
 *       counted in {@code runs[0].properties.resultsOmittedOverLimit}.
 * </ul>
 *
 * <p>Paths are relative URIs against {@code %SRCROOT%}. {@code executionSuccessful} is {@code
 * false} when a rule crashed, since the results may then be incomplete; files that do not parse
 * only add warnings.
 *
 * <p>With a baseline every result has a {@code baselineState}: {@code new} for the findings shown,
 * {@code unchanged} for those the baseline holds (listed, since the state must be given for every
 * result of a baselined run, and omitting them would read as fixed), {@code absent} for baseline
 * entries of analyzed files that no finding matches any more. A baselined finding about the whole
 * change has no location, so, like a shown one, it is no result; the {@code baselined} property
 * counts it.
 */
public final class SarifReporter implements Reporter {
  /** Code scanning's limit of results per run. */
  public static final int MAX_RESULTS = 25_000;

  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String FINGERPRINT_KEY = "reviewbot/v1";
  public static final String SOURCE_ROOT = "%SRCROOT%";

  /**
   * The document and what it left out.
   *
   * @param results results written
   * @param changeLevelOmitted findings about the whole change, which have no file to be a result at
   * @param overLimitOmitted results left out over {@link #MAX_RESULTS}
   */
  public record Sarif(String json, int results, int changeLevelOmitted, int overLimitOmitted) {}

  private final int maxResults;

  public SarifReporter() {
    this(MAX_RESULTS);
  }

  /** With a lower result limit, for tests. */
  public SarifReporter(int maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    out.write(render(input).json());
    out.flush();
  }

  public Sarif render(ReportInput input) throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    Map<String, Integer> ruleIndex = driver(run, input);
    invocation(run, input, ruleIndex);

    BaselineReport baseline = input.baseline();
    List<Finding> located =
        new ArrayList<>(input.findings().stream().filter(f -> f.path() != null).toList());
    List<Finding> changeLevel = input.findings().stream().filter(f -> f.path() == null).toList();
    List<Finding> unchanged = baseline.unchanged().stream().filter(f -> f.path() != null).toList();
    List<BaselineEntry> gone = baseline.absent().stream().filter(e -> e.path() != null).toList();
    int overLimit = Math.max(0, located.size() + unchanged.size() + gone.size() - maxResults);
    if (overLimit > 0) {
      located.sort(Comparator.comparing(Finding::severity).reversed());
    }
    // A baselined run states every result (SARIF 2.1.0 §3.27.24): held-back findings are listed as
    // unchanged, not left out, so a consumer can tell them from the entries that are gone.
    List<ObjectNode> stated = new ArrayList<>();
    located.forEach(
        f -> stated.add(withState(result(f, ruleIndex.get(f.ruleId())), baseline, "new")));
    unchanged.forEach(
        f -> stated.add(withState(result(f, ruleIndex.get(f.ruleId())), baseline, "unchanged")));
    gone.forEach(
        e -> stated.add(withState(absent(e, ruleIndex.get(e.rule())), baseline, "absent")));
    List<ObjectNode> written = stated.subList(0, stated.size() - overLimit);
    ArrayNode results = run.putArray("results");
    written.forEach(results::add);

    properties(run, input, changeLevel, overLimit);
    StringWriter json = new StringWriter();
    JsonOutput.write(root, json);
    return new Sarif(json.toString(), written.size(), changeLevel.size(), overLimit);
  }

  /** The tool and its rules; returns each rule's index in the rules array. */
  private static Map<String, Integer> driver(ObjectNode run, ReportInput input) {
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "reviewbot");
    driver.put("version", input.toolVersion());
    driver.put("informationUri", RuleLinks.HOME);
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor rule : input.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule(rule));
    }
    return ruleIndex;
  }

  /** Whether the run succeeded, with the files not analyzed and the rules that crashed. */
  private static void invocation(
      ObjectNode run, ReportInput input, Map<String, Integer> ruleIndex) {
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", input.crashes().isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    input.notices().forEach(notice -> notifications.add(notification(notice)));
    input
        .crashes()
        .forEach(crash -> notifications.add(notification(crash, ruleIndex.get(crash.ruleId()))));
  }

  /** What SARIF has no place for: findings about the whole change, counts, base and head. */
  private static void properties(
      ObjectNode run, ReportInput input, List<Finding> changeLevel, int overLimit) {
    BaselineReport baseline = input.baseline();
    ObjectNode properties = run.putObject("properties");
    properties.put("changeLevelFindingsOmitted", changeLevel.size());
    if (!changeLevel.isEmpty()) {
      ArrayNode listed = properties.putArray("changeLevelFindings");
      changeLevel.forEach(
          f ->
              listed
                  .addObject()
                  .put("ruleId", f.ruleId())
                  .put("level", level(f.severity()))
                  .put("message", f.message()));
    }
    if (overLimit > 0) {
      properties.put("resultsOmittedOverLimit", overLimit);
    }
    if (input.base() != null) {
      properties.put("base", input.base());
    }
    if (input.head() != null) {
      properties.put("head", input.head());
    }
    properties.put("filesAnalyzed", input.filesAnalyzed());
    properties.put("hiddenFindings", input.hiddenFindings());
    if (baseline.applied()) {
      properties.put("baselined", baseline.baselined());
    }
  }

  private static ObjectNode rule(RuleDescriptor rule) {
    ObjectNode node = JsonOutput.object();
    String summary = rule.info().summary();
    String page = RuleLinks.DEFAULT.page(rule).orElse(null);
    node.put("id", rule.id());
    node.put("name", pascalCase(rule.id()));
    node.putObject("shortDescription").put("text", summary);
    node.putObject("fullDescription").put("text", summary);
    ObjectNode help = node.putObject("help");
    help.put("text", page == null ? summary : summary + "\n\nDocumentation: " + page);
    help.put("markdown", page == null ? summary : summary + "\n\n[Documentation](" + page + ")");
    if (page != null) {
      node.put("helpUri", page);
    }
    node.putObject("defaultConfiguration").put("level", level(rule.info().severity()));
    ObjectNode properties = node.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    List.of(rule.info().tags()).forEach(tags::add);
    properties.put("since", rule.info().since());
    properties.put("origin", rule.origin());
    return node;
  }

  private static ObjectNode result(Finding finding, Integer index) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", finding.ruleId());
    if (index != null) {
      node.put("ruleIndex", index);
    }
    node.put("level", level(finding.severity()));
    node.putObject("message").put("text", finding.message());
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical, finding.path());
    ObjectNode region = physical.putObject("region");
    // a whole-file finding: code scanning shows the file at its first line
    region.put("startLine", finding.lines() == null ? 1 : finding.lines().start());
    if (finding.lines() != null) {
      region.put("endLine", finding.lines().end());
    }
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
    if (finding.suggestion() != null) {
      node.putObject("properties").put("suggestion", finding.suggestion());
    }
    if (finding.path() != null && !finding.fixes().isEmpty()) {
      ArrayNode fixes = node.putArray("fixes");
      finding.fixes().stream()
          .filter(fix -> fix.edits().stream().allMatch(Edit.Replace.class::isInstance))
          .forEach(fix -> fixes.add(fix(finding.path(), fix)));
    }
    return node;
  }

  /**
   * A fix as SARIF's {@code artifactChanges}: each replacement a deleted region (an empty one
   * inserts) and the inserted text; columns are UTF-16 code units from 1, as the engine's.
   */
  private static ObjectNode fix(String path, Fix fix) {
    ObjectNode node = JsonOutput.object();
    node.putObject("description").put("text", fix.description());
    ObjectNode change = node.putArray("artifactChanges").addObject();
    artifact(change, path);
    ArrayNode replacements = change.putArray("replacements");
    for (Edit edit : fix.edits()) {
      if (edit instanceof Edit.Replace r) {
        ObjectNode replacement = replacements.addObject();
        ObjectNode deleted = replacement.putObject("deletedRegion");
        deleted.put("startLine", r.line());
        deleted.put("startColumn", r.column());
        deleted.put("endLine", r.endLine());
        deleted.put("endColumn", r.endColumn());
        replacement.putObject("insertedContent").put("text", r.text());
      }
    }
    return node;
  }

  private static ObjectNode withState(ObjectNode result, BaselineReport baseline, String state) {
    if (baseline.applied()) {
      result.put("baselineState", state);
    }
    return result;
  }

  /**
   * A baseline entry no finding matches any more. It has no line (a baseline records none), so it
   * is placed on the file's first line as a whole-file finding is, and no level of its own, so
   * viewers take the rule's default.
   */
  private static ObjectNode absent(BaselineEntry entry, Integer index) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", entry.rule());
    if (index != null) {
      node.put("ruleIndex", index);
    }
    node.putObject("message")
        .put("text", entry.hint().isEmpty() ? "No longer found" : entry.hint());
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical, entry.path());
    physical.putObject("region").put("startLine", 1);
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, entry.fingerprint());
    return node;
  }

  private static ObjectNode notification(Notice notice) {
    ObjectNode node = JsonOutput.object();
    node.put("level", "warning");
    node.putObject("message").put("text", notice.message());
    if (notice.path() != null) {
      ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, notice.path());
      if (notice.line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", notice.line());
        if (notice.column() > 0) {
          region.put("startColumn", notice.column());
        }
      }
    }
    return node;
  }

  private static ObjectNode notification(RuleCrash crash, Integer index) {
    ObjectNode node = JsonOutput.object();
    node.put("level", "error");
    node.putObject("message").put("text", crash.toString());
    if (crash.path() != null) {
      artifact(node.putArray("locations").addObject().putObject("physicalLocation"), crash.path());
    }
    ObjectNode rule = node.putObject("associatedRule");
    rule.put("id", crash.ruleId());
    if (index != null) {
      rule.put("index", index);
    }
    // RuleCrash.exception is "class: message"
    ObjectNode exception = node.putObject("exception");
    int colon = crash.exception().indexOf(": ");
    exception.put("kind", colon < 0 ? crash.exception() : crash.exception().substring(0, colon));
    if (colon >= 0) {
      exception.put("message", crash.exception().substring(colon + 2));
    }
    if (crash.stackTrace() != null) {
      node.putObject("properties").put("stackTrace", crash.stackTrace());
    }
    return node;
  }

  private static void artifact(ObjectNode physicalLocation, String path) {
    ObjectNode artifact = physicalLocation.putObject("artifactLocation");
    artifact.put("uri", Uris.relative(path));
    artifact.put("uriBaseId", SOURCE_ROOT);
  }

  /** SARIF has no "info": its lowest level that still shows is "note". */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code argument-count} → {@code ArgumentCount}: SARIF wants an identifier-like name. */
  static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("-")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
