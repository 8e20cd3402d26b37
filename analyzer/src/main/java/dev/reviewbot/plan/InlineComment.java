package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One inline comment to post.
 *
 * @param anchor where it goes (after the platform's anchor check)
 * @param lead the finding it is about
 * @param repeats further places of the same rule collapsed into this comment, in rank order;
 *     usually empty
 * @param previews how the lead finding's fix shows, see {@link FixPreview}; empty for none
 */
public record InlineComment(
    Anchor anchor, Finding lead, List<Finding> repeats, List<FixPreview> previews) {
  public InlineComment {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(lead, "lead");
    repeats = List.copyOf(repeats);
    previews = previews == null ? List.of() : List.copyOf(previews);
  }

  public InlineComment(Anchor anchor, Finding lead, List<Finding> repeats) {
    this(anchor, lead, repeats, List.of());
  }

  /** The same comment on another anchor, e.g. after checking it against a fresh diff. */
  public InlineComment withAnchor(Anchor newAnchor) {
    return new InlineComment(newAnchor, lead, repeats, previews);
  }

  /** The lead finding and its collapsed repeats. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>(1 + repeats.size());
    all.add(lead);
    all.addAll(repeats);
    return all;
  }

  /** Fingerprints of every finding this comment stands for; all of them go into its markers. */
  public List<String> fingerprints() {
    return findings().stream().map(Finding::fingerprint).toList();
  }

  /** True when the anchor covers exactly the lead finding's lines, so a replacement fits. */
  public boolean anchoredOnOwnLines() {
    return lead.lines() != null
        && lead.lines().start() == anchor.startLine()
        && lead.lines().end() == anchor.line()
        && anchor.path().equals(lead.path());
  }
}
