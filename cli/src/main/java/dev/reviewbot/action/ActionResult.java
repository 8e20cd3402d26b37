package dev.reviewbot.action;

import java.util.Locale;

/** What happened to the review: the Action's {@code result} output. */
public enum ActionResult {
  /** Posted on the pull request. */
  PUBLISHED,
  /** Not posted: the pull request's head moved on while reviewing; the next run reviews it. */
  SUPERSEDED,
  /** GitHub refused the review (a read-only token); annotated and bundled instead. */
  REFUSED,
  /** Posting failed for another reason; annotated and bundled instead. */
  FAILED,
  /** Reviewed without posting (mode analyze, no token, or no pull request). */
  ANALYZED,
  /** The push deleted its branch. */
  NOTHING_TO_REVIEW;

  /** The output's value, e.g. {@code nothing-to-review}. */
  public String output() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True when the review is on the pull request (or a newer head's will be). */
  public boolean posted() {
    return this == PUBLISHED || this == SUPERSEDED;
  }
}
