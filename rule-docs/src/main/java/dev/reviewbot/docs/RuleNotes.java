package dev.reviewbot.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's hand-written notes, {@code rule-notes/<id>.md} on the class path (the rules module ships
 * them): Markdown split into {@code ## Section} parts, e.g. "Why it matters", "Known limitations",
 * "Example".
 */
record RuleNotes(String ruleId, Map<String, String> sections) {
  static final String WHY = "Why it matters";
  static final String LIMITATIONS = "Known limitations";
  static final String TEST_CODE = "In test code";
  static final String EXAMPLE = "Example";

  RuleNotes {
    sections = Map.copyOf(sections);
  }

  /**
   * The notes of {@code ruleId} from the class loader of {@code anchor}, empty when there are none.
   */
  static Optional<RuleNotes> load(String ruleId, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream("rule-notes/" + ruleId + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(parse(ruleId, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule-notes/" + ruleId + ".md", e);
    }
  }

  static RuleNotes parse(String ruleId, String markdown) {
    Map<String, String> sections = new LinkedHashMap<>();
    String current = null;
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\r?\n", -1)) {
      if (line.startsWith("## ")) {
        if (current != null) {
          sections.put(current, text.toString().strip());
        }
        current = line.substring(3).strip();
        text.setLength(0);
      } else if (current != null) {
        text.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, text.toString().strip());
    }
    return new RuleNotes(ruleId, sections);
  }

  Optional<String> section(String name) {
    return Optional.ofNullable(sections.get(name)).filter(s -> !s.isBlank());
  }
}
