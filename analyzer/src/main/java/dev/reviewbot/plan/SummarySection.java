package dev.reviewbot.plan;

import dev.reviewbot.markdown.MarkdownText;
import java.util.Objects;

/**
 * An extra block of the summary, e.g. a coverage table or the change size, contributed by whatever
 * produced it. {@code markdown} is trusted Markdown written by reviewbot code; anything from the
 * pull request in it must already be escaped (see {@link MarkdownText}).
 */
public record SummarySection(String title, String markdown) {
  public SummarySection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
  }
}
