package dev.reviewbot.github;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestFileDetail;

/**
 * One entry of {@code GET /repos/{owner}/{repo}/pulls/{number}/files}.
 *
 * @param previousPath the base path of a renamed file, else {@code null}
 * @param status GitHub's word: added, removed, modified, renamed, copied, changed, unchanged
 * @param patch the file's unified diff hunks; {@code null} for binary or very large diffs, which
 *     are changed all the same but cannot carry comments
 */
public record PullRequestFile(String path, String previousPath, String status, String patch, int additions, int deletions) {

  /** A file known only by its path, status and patch (counts unknown). */
  public PullRequestFile(String path, String previousPath, String status, String patch) {
    this(path, previousPath, status, patch, 0, 0);
  }

  public String basePath() {
    return previousPath != null ? previousPath : path;
  }

  /** Every file GitHub lists for the pull request (at most 3000), page by page. */
  public static List<PullRequestFile> list(GHPullRequest pull) throws IOException {
    List<PullRequestFile> files = new ArrayList<>();
    for (GHPullRequestFileDetail file : pull.listFiles().withPageSize(100)) {
      files.add(new PullRequestFile(file.getFilename(), file.getPreviousFilename(), file.getStatus(), file.getPatch(),
          file.getAdditions(), file.getDeletions()));
    }
    return files;
  }
}
