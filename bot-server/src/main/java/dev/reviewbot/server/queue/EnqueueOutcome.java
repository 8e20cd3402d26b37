package dev.reviewbot.server.queue;

/** What storing a pull request event did to the queue. */
public enum EnqueueOutcome {
  /** New work: the pull request had nothing pending. */
  QUEUED,
  /** New work that replaced queued (or running) work for an older head of the same pull request. */
  SUPERSEDED_OLDER,
  /** This head is already queued or being reviewed: nothing new. */
  ALREADY_PENDING,
  /** This head was reviewed already: nothing new. */
  ALREADY_REVIEWED,
  /** The event is older than one already stored for this pull request (out-of-order delivery). */
  STALE,
  /** The delivery id was seen before: a redelivery, nothing new. */
  DUPLICATE_DELIVERY;

  public boolean createdWork() {
    return this == QUEUED || this == SUPERSEDED_OLDER;
  }
}
