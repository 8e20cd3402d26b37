package dev.reviewbot.action.internal;

import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.report.MarkdownReporter;
import dev.reviewbot.report.ReportInput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The job summary ({@code GITHUB_STEP_SUMMARY}): the full Markdown report, extra sections (e.g.
 * coverage), then what the Action did (posted, refused, annotated, files written). GitHub takes at
 * most {@value #MAX_BYTES} bytes per step and shows nothing at all beyond, so the report is cut to
 * fit in UTF-8 bytes, not characters, with the report's own "N more not shown" line.
 */
public final class JobSummary {
  /** GitHub's limit for one step's summary: 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private final List<String> sections = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** A block of Markdown shown after the findings, e.g. the coverage table. */
  public JobSummary section(String markdown) {
    sections.add(markdown.strip());
    return this;
  }

  /**
   * One line about what the Action did; plain Markdown written by us, values in {@link #code code
   * spans}.
   */
  public JobSummary note(String markdown) {
    notes.add(markdown);
    return this;
  }

  /**
   * @param linkBase prefix for file links, e.g. {@code https://github.com/o/r/blob/<sha>/}; {@code
   *     null} for relative links
   * @param maxBytes the cap in UTF-8 bytes
   */
  public String render(ReportInput input, String linkBase, int maxBytes) {
    StringBuilder tail = new StringBuilder();
    for (String section : sections) {
      tail.append('\n').append(section).append('\n');
    }
    if (!notes.isEmpty()) {
      tail.append("\n#### What the Action did\n\n");
      notes.forEach(note -> tail.append("- ").append(note).append('\n'));
    }
    // the findings come first: sections and notes may take half the room at most
    String after = truncate(tail.toString(), maxBytes / 2);
    int budget = maxBytes - bytes(after);
    int maxChars = Math.max(MarkdownReporter.MIN_MAX_CHARS, budget);
    while (true) {
      String report = report(input, linkBase, maxChars);
      int size = bytes(report);
      if (size <= budget || maxChars == MarkdownReporter.MIN_MAX_CHARS) {
        return report + after;
      }
      // shrink in proportion to how much multi-byte text overshot, a little more each round
      maxChars =
          Math.max(MarkdownReporter.MIN_MAX_CHARS, (int) ((long) maxChars * budget / size) - 64);
    }
  }

  /** Appends the summary to {@code file}; does nothing when there is no file (not on a runner). */
  public void appendTo(Path file, ReportInput input, String linkBase) throws IOException {
    if (file == null) {
      return;
    }
    Files.writeString(
        file,
        render(input, linkBase, MAX_BYTES),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /**
   * The sink that appends this summary to {@code file} (nothing when there is none): the report,
   * the result's sections, then the notes the other sinks left.
   */
  public ReviewSink writtenTo(Path file, String linkBase, String toolVersion) {
    return result -> {
      result.sections().forEach(s -> section(s.markdown()));
      appendTo(file, result.report(toolVersion), linkBase);
      return true;
    };
  }

  /** Appends ready Markdown to {@code file}; does nothing when there is no file. */
  public static void appendText(Path file, String markdown) throws IOException {
    if (file != null) {
      Files.writeString(
          file,
          markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  private static String report(ReportInput input, String linkBase, int maxChars) {
    StringWriter out = new StringWriter();
    try {
      new MarkdownReporter(maxChars, linkBase).write(input, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String truncate(String text, int maxBytes) {
    if (bytes(text) <= maxBytes) {
      return text;
    }
    String cut = "\n_(cut here: the job summary is limited to 1 MiB)_\n";
    StringBuilder kept = new StringBuilder();
    int size = bytes(cut);
    for (String line : text.split("\n")) {
      size += bytes(line) + 1;
      if (size > maxBytes) {
        break;
      }
      kept.append(line).append('\n');
    }
    return kept.append(cut).toString();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
