package dev.reviewbot.github;

import java.util.regex.Pattern;

/**
 * The pull request a review is for, and the head commit the findings are about.
 *
 * @param headSha the full 40-hex commit id reviewed (not the merge commit Actions checks out)
 */
public record PullRequestRef(String owner, String repo, int number, String headSha) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  public PullRequestRef {
    if (owner == null || !NAME.matcher(owner).matches()) {
      throw new IllegalArgumentException("not a GitHub owner name: '" + owner + "'");
    }
    if (repo == null || !NAME.matcher(repo).matches()) {
      throw new IllegalArgumentException("not a GitHub repository name: '" + repo + "'");
    }
    if (number < 1) {
      throw new IllegalArgumentException("pull request number must be positive but was " + number);
    }
    if (headSha == null || !SHA.matcher(headSha).matches()) {
      throw new IllegalArgumentException(
          "head SHA must be 40 lower-case hex digits but was '" + headSha + "'");
    }
  }

  /** {@code owner/repo}. */
  public String fullName() {
    return owner + "/" + repo;
  }

  @Override
  public String toString() {
    return fullName() + "#" + number + "@" + headSha.substring(0, 12);
  }
}
