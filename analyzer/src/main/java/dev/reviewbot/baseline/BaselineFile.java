package dev.reviewbot.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file, e.g. {@code .reviewbot-baseline.json}: JSON with one entry per line, sorted,
 * so that a change to it diffs as the findings that came or went.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "about": "...",
 *   "findings": [
 *     {"rule": "argument-count", "path": "src/main/java/A.java", "fingerprint": "9f2c...", "hint": "Method 'charge' has 7 parameters (max 5)"}
 *   ]
 * }
 * }</pre>
 */
public final class BaselineFile {
  /** The file {@code reviewbot baseline} writes by default, at the repository root. */
  public static final String DEFAULT_NAME = ".reviewbot-baseline.json";

  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ABOUT =
      "Findings accepted for now: 'reviewbot check' and 'scan' with --baseline "
          + "(or baseline: in .reviewbot.yml) report only others. Rewrite with 'reviewbot baseline'.";

  private BaselineFile() {}

  /** The file's text: one entry per line, sorted, with a final newline. */
  public static String format(Baseline baseline) {
    StringBuilder text = new StringBuilder("{\n");
    text.append("  \"version\": ").append(VERSION).append(",\n");
    text.append("  \"about\": ").append(quote(ABOUT)).append(",\n");
    List<BaselineEntry> entries = baseline.entries();
    if (entries.isEmpty()) {
      return text.append("  \"findings\": []\n}\n").toString();
    }
    text.append("  \"findings\": [\n");
    for (int i = 0; i < entries.size(); i++) {
      text.append("    ")
          .append(line(entries.get(i)))
          .append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    return text.append("  ]\n}\n").toString();
  }

  public static void write(Baseline baseline, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, format(baseline), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot write the baseline: " + e.getMessage(), e);
    }
  }

  /**
   * @throws BaselineException naming the file, and the line or entry, of what is wrong
   */
  public static Baseline read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BaselineException(
          file + ": baseline file not found; write one with 'reviewbot baseline'", e);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot read the baseline: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * @param source the file as the user knows it, for messages
   */
  public static Baseline parse(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr();
      throw new BaselineException(
          source + line + ": not a baseline file (not valid JSON: " + e.getOriginalMessage() + ")",
          e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException(
          source + ": not a baseline file (expected a JSON object with \"findings\")");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw new BaselineException(
          source
              + ": version: expected "
              + VERSION
              + " but was "
              + version
              + "; rewrite the file with 'reviewbot baseline'");
    }
    JsonNode findings = root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new BaselineException(source + ": findings: expected a list of findings");
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      entries.add(entry(findings.get(i), source + ": findings[" + i + "]"));
    }
    return new Baseline(entries);
  }

  private static BaselineEntry entry(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new BaselineException(
          where + ": expected an object with rule, path, fingerprint and hint");
    }
    JsonNode path = node.get("path");
    if (path != null && !path.isNull() && !path.isTextual()) {
      throw new BaselineException(where + ".path: expected a path or null but was " + path);
    }
    JsonNode hint = node.get("hint");
    return new BaselineEntry(
        required(node, "rule", where),
        path == null || path.isNull() ? null : path.textValue(),
        required(node, "fingerprint", where),
        hint != null && hint.isTextual() ? hint.textValue() : "");
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new BaselineException(
          where + "." + field + ": expected a non-empty string but was " + value);
    }
    return value.textValue();
  }

  private static String line(BaselineEntry entry) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("rule", entry.rule());
    node.put("path", entry.path());
    node.put("fingerprint", entry.fingerprint());
    node.put("hint", entry.hint());
    return node.toString();
  }

  private static String quote(String text) {
    return JsonNodeFactory.instance.textNode(text).toString();
  }
}
