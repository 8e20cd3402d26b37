package dev.reviewbot.plan;

import dev.reviewbot.markdown.MarkdownText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a finding's suggestion. By convention a suggestion that is exactly one fenced code block (
 * <code>```java ... ```</code>) is a literal replacement for the finding's lines; anything else is
 * advice in prose.
 */
public final class Suggestions {
  private static final Pattern FENCED =
      Pattern.compile("\\A\\s*(`{3,}|~{3,})[^\\n`]*\\n(.*?)\\n?\\1\\s*\\z", Pattern.DOTALL);

  private Suggestions() {}

  /** The replacement code, or empty if the suggestion is advice. */
  public static Optional<String> replacement(String suggestion) {
    if (suggestion == null) {
      return Optional.empty();
    }
    Matcher fenced = FENCED.matcher(suggestion.replace("\r\n", "\n"));
    if (!fenced.matches()) {
      return Optional.empty();
    }
    String code = fenced.group(2);
    // a fence inside the body means it is not one block but several
    return code.lines().anyMatch(l -> l.strip().startsWith(fenced.group(1)))
        ? Optional.empty()
        : Optional.of(code);
  }

  /**
   * Writes {@code code} as a replacement suggestion in the convention {@link #replacement} reads.
   */
  public static String asReplacement(String code, String language) {
    return MarkdownText.fence(code, language);
  }
}
