package dev.reviewbot.server.feedback;

/**
 * When a rule's inline comments in a repository go to the summary instead: more than {@code
 * maxRejectedShare} of at least {@code minComments} comments marked not useful or dismissed.
 */
public record DemotionPolicy(double maxRejectedShare, int minComments) {
  public DemotionPolicy {
    if (maxRejectedShare < 0 || maxRejectedShare > 1) {
      throw new IllegalArgumentException("share must be between 0 and 1: " + maxRejectedShare);
    }
    if (minComments < 1) {
      throw new IllegalArgumentException("min comments must be 1 or more: " + minComments);
    }
  }

  public boolean demotes(RuleStats stats) {
    return stats.posted() >= minComments && stats.share(stats.rejected()) > maxRejectedShare;
  }
}
