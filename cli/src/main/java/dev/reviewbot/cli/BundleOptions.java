package dev.reviewbot.cli;

import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.plan.ReviewPolicy;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code check --bundle FILE --pull-request OWNER/REPO#NUMBER}: also writes the review as a bundle
 * that {@code reviewbot publish} posts later (phase A of the fork-safe workflow).
 */
final class BundleOptions implements ReviewSink {
  private static final Pattern PULL_REQUEST = Pattern.compile("([^/#\\s]+)/([^/#\\s]+)#(\\d+)");

  @Option(
      names = "--bundle",
      paramLabel = "FILE",
      description =
          "Also write the review as a bundle for 'reviewbot publish' (needs --pull-request and a commit --head).")
  Path file;

  @Option(
      names = "--pull-request",
      paramLabel = "OWNER/REPO#NUMBER",
      description = "The pull request the bundle is for.")
  String pullRequest;

  @Option(
      names = "--comment-budget",
      paramLabel = "N",
      defaultValue = "25",
      description =
          "Most inline comments in one review; the rest go to the summary (default: ${DEFAULT-VALUE}).")
  int commentBudget;

  /** Writes the bundle when {@code --bundle} was given; does nothing otherwise. */
  @Override
  public boolean deliver(ReviewResult result) {
    if (file == null) {
      return true;
    }
    if (pullRequest == null) {
      throw new UserError(
          "--bundle needs --pull-request OWNER/REPO#NUMBER to say where the review goes");
    }
    String headSha = result.outcome().change().headCommit();
    if (headSha == null) {
      throw new UserError(
          "--bundle needs a commit as the head (--head REF), not "
              + result.outcome().change().head());
    }
    if (commentBudget < 0) {
      throw new UserError("--comment-budget must be 0 or more but was " + commentBudget);
    }
    ReviewPolicy policy =
        ReviewPolicy.defaults()
            .withCommentBudget(commentBudget)
            .withFailOn(result.config().failOn());
    ReviewBundle.of(pullRequest(headSha), result.plan(policy)).write(file);
    return true;
  }

  private PullRequestRef pullRequest(String headSha) {
    Matcher match = PULL_REQUEST.matcher(pullRequest.strip());
    if (!match.matches()) {
      throw new UserError(
          "--pull-request must look like OWNER/REPO#NUMBER, e.g. octo-org/app#42, but was '"
              + pullRequest
              + "'");
    }
    try {
      return new PullRequestRef(
          match.group(1), match.group(2), Integer.parseInt(match.group(3)), headSha);
    } catch (IllegalArgumentException e) {
      throw new UserError("--pull-request " + pullRequest + ": " + e.getMessage(), e);
    }
  }
}
