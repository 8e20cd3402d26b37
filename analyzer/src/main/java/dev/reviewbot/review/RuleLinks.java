package dev.reviewbot.review;

import dev.reviewbot.report.RuleDocs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a rule's documentation page lives: {@code base + id + suffix}. */
public record RuleLinks(String base, String suffix) {
  /** The pages the rule-docs module generates, where the SARIF report points too ({@link RuleDocs}). */
  public static final RuleLinks DEFAULT = new RuleLinks(RuleDocs.HOME + "/blob/main/rule-docs/rules/", ".md");

  public RuleLinks {
    if (base == null || base.isBlank()) {
      throw new IllegalArgumentException("rule documentation base URL is empty");
    }
    suffix = suffix == null ? "" : suffix;
  }

  /** Pages at {@code base + id}. */
  public RuleLinks(String base) {
    this(base, "");
  }

  public String url(String ruleId) {
    return base + URLEncoder.encode(ruleId, StandardCharsets.UTF_8) + suffix;
  }

  /** {@code [`rule-id`](url)}. */
  public String markdown(String ruleId) {
    return "[" + MarkdownText.code(ruleId) + "](" + url(ruleId) + ")";
  }
}
