package dev.reviewbot.github;

/**
 * One entry of {@code GET /repos/{owner}/{repo}/pulls/{number}/files}.
 *
 * @param previousPath the base path of a renamed file, else {@code null}
 * @param status GitHub's word: added, removed, modified, renamed, copied, changed, unchanged
 * @param patch the file's unified diff hunks; {@code null} for binary or very large diffs, which
 *     are changed all the same but cannot carry comments
 */
public record PullRequestFile(
    String path, String previousPath, String status, String patch, int additions, int deletions) {

  /** A file known only by its path, status and patch (counts unknown). */
  public PullRequestFile(String path, String previousPath, String status, String patch) {
    this(path, previousPath, status, patch, 0, 0);
  }

  public String basePath() {
    return previousPath != null ? previousPath : path;
  }
}
