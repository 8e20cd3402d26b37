package dev.reviewbot.github.internal;

import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.plan.SummarySection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestFileDetail;

/**
 * GitHub's list of a pull request's files ({@code GET /repos/{o}/{r}/pulls/{n}/files}), which stops
 * at {@value #LIMIT} files however many the pull request changes, and the two ways a summary says
 * so: one sentence per summary, chosen by what the review could read.
 */
public final class FileList {
  /** The most files the endpoint lists. */
  public static final int LIMIT = 3000;

  private FileList() {}

  /** Every file GitHub lists for the pull request, page by page. */
  public static List<PullRequestFile> of(GHPullRequest pull) throws IOException {
    List<PullRequestFile> files = new ArrayList<>();
    for (GHPullRequestFileDetail file : pull.listFiles().withPageSize(100)) {
      files.add(
          new PullRequestFile(
              file.getFilename(),
              file.getPreviousFilename(),
              file.getStatus(),
              file.getPatch(),
              file.getAdditions(),
              file.getDeletions()));
    }
    return files;
  }

  /**
   * For a review read from the list itself (the bot): the files left out were not reviewed at all.
   *
   * @param changedFiles the pull request's {@code changed_files}
   */
  public static Optional<SummarySection> notReviewed(int changedFiles, int listed) {
    if (changedFiles <= listed && listed < LIMIT) {
      return Optional.empty();
    }
    return Optional.of(
        new SummarySection(
            "Files not reviewed",
            "This pull request changes "
                + changedFiles
                + " files; GitHub lists at most "
                + LIMIT
                + ", so only the first "
                + listed
                + " were reviewed."));
  }

  /**
   * For a review of the whole change from a checkout (the Action): only inline comments are
   * limited.
   */
  public static Optional<String> notCommentable(int listed) {
    if (listed < LIMIT) {
      return Optional.empty();
    }
    return Optional.of(
        "This pull request changes more than "
            + LIMIT
            + " files, the most GitHub lists; only the first "
            + LIMIT
            + " could take inline comments.");
  }
}
