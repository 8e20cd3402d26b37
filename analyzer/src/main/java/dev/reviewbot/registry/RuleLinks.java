package dev.reviewbot.registry;

import dev.reviewbot.markdown.MarkdownText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Where a rule's documentation page lives: {@code base + id + suffix}. Every report and comment
 * that links a rule (SARIF help URIs, Markdown, review comments and summaries) takes {@link
 * #DEFAULT}, so one setting moves them all.
 */
public record RuleLinks(String base, String suffix) {
  /** The project's home, e.g. SARIF's {@code informationUri}. */
  public static final String HOME = "https://github.com/reviewbot/reviewbot";

  /** Names the pages' base URL, e.g. an internal copy of {@code rule-docs/rules/}. */
  public static final String ENV = "REVIEWBOT_RULE_DOCS_URL";

  /** Where the rule id goes in a base URL that is not a directory of {@code <id>.md} pages. */
  public static final String PLACEHOLDER = "{id}";

  /** The pages the rule-docs module generates and commits. */
  public static final RuleLinks REVIEWBOT =
      new RuleLinks(HOME + "/blob/main/rule-docs/rules/", ".md");

  /** The pages of this process: {@value #ENV} when set, else {@link #REVIEWBOT}. */
  public static final RuleLinks DEFAULT = configured(System.getenv());

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

  /**
   * From {@value #ENV}: a URL with {@value #PLACEHOLDER} where the id goes ({@code
   * https://docs.example/reviewbot/{id}.html}), or a directory that holds the generated {@code
   * <id>.md} pages; unset or blank, reviewbot's own pages.
   */
  public static RuleLinks configured(Map<String, String> env) {
    String url = env.get(ENV);
    if (url == null || url.isBlank()) {
      return REVIEWBOT;
    }
    url = url.trim();
    int at = url.indexOf(PLACEHOLDER);
    if (at >= 0) {
      return new RuleLinks(url.substring(0, at), url.substring(at + PLACEHOLDER.length()));
    }
    return new RuleLinks(url.endsWith("/") ? url : url + "/", ".md");
  }

  /** The page of a built-in rule; a plugin's rules are documented by the plugin, not here. */
  public Optional<String> page(RuleDescriptor rule) {
    return RuleDescriptor.BUILT_IN.equals(rule.origin())
        ? Optional.of(url(rule.id()))
        : Optional.empty();
  }

  public String url(String ruleId) {
    return base + URLEncoder.encode(ruleId, StandardCharsets.UTF_8) + suffix;
  }

  /** {@code [`rule-id`](url)}. */
  public String markdown(String ruleId) {
    return "[" + MarkdownText.code(ruleId) + "](" + url(ruleId) + ")";
  }
}
