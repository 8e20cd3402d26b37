package dev.reviewbot.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.engine.RuleDescriptor;
import dev.reviewbot.report.internal.JsonOutput;
import dev.reviewbot.report.internal.Uris;
import dev.reviewbot.suppress.BaselineEntry;
import dev.reviewbot.suppress.BaselineReport;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run: the rules that ran as {@code tool.driver.rules} (summary, help text,
 * help URI, default level, tags), one result per finding with our fingerprint as
 * {@code partialFingerprints["reviewbot/v1"]}, and notices and crashes as
 * {@code invocations[0].toolExecutionNotifications}.
 *
 * <p>Paths are relative URIs against {@code %SRCROOT%}. A finding about the whole change has no
 * file, so its result has a message and no {@code locations}; a finding about a whole file has a
 * location without a region. {@code executionSuccessful} is {@code false} when a rule crashed,
 * since the results may then be incomplete; files that do not parse only add warnings.
 *
 * <p>With a baseline every result has a {@code baselineState}: {@code new} for the findings shown,
 * {@code unchanged} for those the baseline holds (listed, since the state must be given for every
 * result of a baselined run, and omitting them would read as fixed), {@code absent} for baseline
 * entries of analyzed files that no finding matches any more.
 */
public final class SarifReporter implements Reporter {
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String FINGERPRINT_KEY = "reviewbot/v1";
  public static final String SOURCE_ROOT = "%SRCROOT%";

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "reviewbot");
    driver.put("version", input.toolVersion());
    driver.put("informationUri", RuleDocs.HOME);
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor rule : input.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule(rule));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", input.crashes().isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    input.notices().forEach(notice -> notifications.add(notification(notice)));
    input.crashes().forEach(crash -> notifications.add(notification(crash, ruleIndex.get(crash.ruleId()))));

    ArrayNode results = run.putArray("results");
    BaselineReport baseline = input.baseline();
    for (Finding finding : input.findings()) {
      results.add(withState(result(finding, ruleIndex.get(finding.ruleId())), baseline, "new"));
    }
    // A baselined run states every result (SARIF 2.1.0 §3.27.24): held-back findings are listed as
    // unchanged, not left out, so a consumer can tell them from the entries that are gone.
    for (Finding finding : baseline.unchanged()) {
      results.add(withState(result(finding, ruleIndex.get(finding.ruleId())), baseline, "unchanged"));
    }
    for (BaselineEntry entry : baseline.absent()) {
      results.add(withState(absent(entry, ruleIndex.get(entry.rule())), baseline, "absent"));
    }

    ObjectNode properties = run.putObject("properties");
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
    JsonOutput.write(root, out);
  }

  private static ObjectNode rule(RuleDescriptor rule) {
    ObjectNode node = JsonOutput.object();
    String summary = rule.info().summary();
    String page = RuleDocs.pageUri(rule).orElse(null);
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
    if (finding.path() != null) {
      ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, finding.path());
      if (finding.lines() != null) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", finding.lines().start());
        region.put("endLine", finding.lines().end());
      }
    }
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
    if (finding.suggestion() != null) {
      node.putObject("properties").put("suggestion", finding.suggestion());
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
   * A baseline entry no finding matches any more. It has no line (a baseline records none) and no
   * level of its own, so viewers take the rule's default.
   */
  private static ObjectNode absent(BaselineEntry entry, Integer index) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", entry.rule());
    if (index != null) {
      node.put("ruleIndex", index);
    }
    node.putObject("message").put("text", entry.hint().isEmpty() ? "No longer found" : entry.hint());
    if (entry.path() != null) {
      artifact(node.putArray("locations").addObject().putObject("physicalLocation"), entry.path());
    }
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
