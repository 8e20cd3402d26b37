package dev.reviewbot.eval;

/** One line of eval/commits.tsv. */
record Commit(String repo, String sha, String kind, String date, String subject) {
  String shortSha() {
    return sha.substring(0, Math.min(12, sha.length()));
  }
}
