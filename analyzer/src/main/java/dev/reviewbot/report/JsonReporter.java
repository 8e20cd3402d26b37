package dev.reviewbot.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.json.JsonOutput;
import dev.reviewbot.report.internal.FixJson;
import dev.reviewbot.report.internal.Tally;
import java.io.IOException;
import java.io.Writer;

/**
 * reviewbot's own JSON. The schema is stable: fields are only ever added, a field is always present
 * ({@code null} when it has no value), and {@code version} goes up on any incompatible change.
 *
 * <pre>{@code
 * { "version": 1,
 *   "tool": {"name", "version"}, "change": {"base", "head"}, "filesAnalyzed",
 *   "summary": {"findings", "error", "warning", "info", "hidden", "baselined", "notices", "crashes"},
 *   "findings": [{"ruleId", "severity", "path", "startLine", "endLine", "message", "suggestion", "fingerprint", "channel",
 *                 "fixes": [{"description", "edits": [{"startLine", "startColumn", "endLine", "endColumn", "text"}]}]}],
 *   "notices": [{"path", "line", "column", "message"}],
 *   "crashes": [{"ruleId", "origin", "path", "exception", "stackTrace"}] }
 * }</pre>
 *
 * A finding about the whole change has {@code path}, {@code startLine} and {@code endLine} {@code
 * null}; a finding about a whole file has only the lines {@code null}. {@code channel} says whether
 * a pull request review would make it an inline comment or a summary line. {@code fixes} (empty
 * when there are none) are changes that resolve the finding, each a set of replacements in the head
 * version of the finding's file: the text from {@code startLine:startColumn} up to, not including,
 * {@code endLine:endColumn} (columns from 1, in UTF-16 code units) becomes {@code text}. {@code
 * baselined} counts the findings a baseline held back (0 without one); they are not listed.
 */
public final class JsonReporter implements Reporter {
  /** The schema version written in every report. */
  public static final int SCHEMA_VERSION = 1;

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("version", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "reviewbot");
    tool.put("version", input.toolVersion());
    ObjectNode change = root.putObject("change");
    change.put("base", input.base());
    change.put("head", input.head());
    root.put("filesAnalyzed", input.filesAnalyzed());

    Tally tally = Tally.of(input);
    ObjectNode summary = root.putObject("summary");
    summary.put("findings", tally.findings());
    for (Severity severity : Severity.values()) {
      summary.put(severity.id(), tally.count(severity));
    }
    summary.put("hidden", input.hiddenFindings());
    summary.put("baselined", input.baseline().baselined());
    summary.put("notices", input.notices().size());
    summary.put("crashes", input.crashes().size());

    ArrayNode findings = root.putArray("findings");
    for (Finding f : input.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", f.ruleId());
      node.put("severity", f.severity().id());
      node.put("path", f.path());
      node.put("startLine", f.lines() == null ? null : f.lines().start());
      node.put("endLine", f.lines() == null ? null : f.lines().end());
      node.put("message", f.message());
      node.put("suggestion", f.suggestion());
      node.put("fingerprint", f.fingerprint());
      node.put("channel", f.isInline() ? "inline" : "summary");
      FixJson.write(f.fixes(), node.putArray("fixes"));
    }
    ArrayNode notices = root.putArray("notices");
    for (Notice n : input.notices()) {
      ObjectNode node = notices.addObject();
      node.put("path", n.path());
      node.put("line", n.line() > 0 ? n.line() : null);
      node.put("column", n.column() > 0 ? n.column() : null);
      node.put("message", n.message());
    }
    ArrayNode crashes = root.putArray("crashes");
    for (RuleCrash c : input.crashes()) {
      ObjectNode node = crashes.addObject();
      node.put("ruleId", c.ruleId());
      node.put("origin", c.origin());
      node.put("path", c.path());
      node.put("exception", c.exception());
      node.put("stackTrace", c.stackTrace());
    }
    JsonOutput.write(root, out);
  }
}
