package dev.reviewbot.server.feedback;

/** What became of one inline comment of the bot's, as far as GitHub shows. */
public enum Outcome {
  /** Nothing known yet. */
  OPEN,
  /** Its finding disappeared at a later head (the commented lines changed). */
  FIXED,
  /** A person resolved its thread while the finding stayed. */
  DISMISSED,
  /** A person reacted 👎. */
  NOT_USEFUL;

  /**
   * The outcome the signals add up to. An explicit 👎 outweighs everything; a finding gone counts
   * as fixed even if its thread was resolved first (resolved, then a commit changed the lines).
   */
  public static Outcome of(int thumbsDown, boolean fixed, boolean threadResolved) {
    if (thumbsDown > 0) {
      return NOT_USEFUL;
    }
    if (fixed) {
      return FIXED;
    }
    return threadResolved ? DISMISSED : OPEN;
  }

  /** Lower case, for metric tags and tables. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
