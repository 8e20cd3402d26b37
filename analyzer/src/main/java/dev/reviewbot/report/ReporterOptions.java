package dev.reviewbot.report;

/**
 * Settings some formats take.
 *
 * @param colour ANSI colour in the text format; pass {@code true} only when writing to a terminal,
 *     never to a file
 * @param markdownMaxChars hard cap on the Markdown report's length in characters (a GitHub comment
 *     takes at most 65,536); at least {@value MarkdownReporter#MIN_MAX_CHARS}
 * @param linkBase prefix for Markdown file links, e.g. {@code https://github.com/o/r/blob/<sha>/};
 *     {@code null} for links relative to the repository root
 */
public record ReporterOptions(boolean colour, int markdownMaxChars, String linkBase) {
  public static final int DEFAULT_MARKDOWN_MAX_CHARS = 60_000;

  public ReporterOptions {
    if (markdownMaxChars < MarkdownReporter.MIN_MAX_CHARS) {
      throw new IllegalArgumentException(
          "markdownMaxChars must be at least "
              + MarkdownReporter.MIN_MAX_CHARS
              + " but was "
              + markdownMaxChars);
    }
  }

  /** No colour, the default Markdown cap, relative links. */
  public static ReporterOptions defaults() {
    return new ReporterOptions(false, DEFAULT_MARKDOWN_MAX_CHARS, null);
  }

  public ReporterOptions withColour(boolean on) {
    return new ReporterOptions(on, markdownMaxChars, linkBase);
  }
}
