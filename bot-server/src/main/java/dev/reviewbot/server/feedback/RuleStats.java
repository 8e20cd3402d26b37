package dev.reviewbot.server.feedback;

/**
 * The comments of one rule in one repository and what became of them.
 *
 * @param posted inline comments recorded
 */
public record RuleStats(
    String repository,
    String ruleId,
    int posted,
    int open,
    int fixed,
    int dismissed,
    int notUseful) {

  /** Comments people pushed back on: marked 👎 or resolved without a fix. */
  public int rejected() {
    return dismissed + notUseful;
  }

  public double share(int count) {
    return posted == 0 ? 0 : (double) count / posted;
  }
}
