package dev.reviewbot.pipeline;

import dev.reviewbot.engine.Attachments;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.plan.SummarySection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an {@link Enricher} adds to a review.
 *
 * @param attachments values the change rules read (and sinks, e.g. the coverage figure)
 * @param notices inputs that could not be used, for every report to name
 * @param sections blocks of the summary, e.g. the coverage table
 */
public record Enrichment(
    Attachments attachments, List<Notice> notices, List<SummarySection> sections) {
  public static final Enrichment NONE = new Enrichment(Attachments.none(), List.of(), List.of());

  public Enrichment {
    notices = List.copyOf(notices);
    sections = List.copyOf(sections);
  }

  /** This and {@code more} together; {@code more}'s attachment wins where both have a type. */
  public Enrichment plus(Enrichment more) {
    return new Enrichment(
        attachments.withAll(more.attachments),
        Stream.concat(notices.stream(), more.notices.stream()).toList(),
        Stream.concat(sections.stream(), more.sections.stream()).toList());
  }
}
