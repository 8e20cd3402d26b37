package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.review.ReviewPlan;
import dev.reviewbot.review.ReviewPlanner;
import dev.reviewbot.review.ReviewPolicy;
import dev.reviewbot.review.SummarySection;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code check --bundle FILE --pull-request OWNER/REPO#NUMBER}: also writes the review as a bundle
 * that {@code reviewbot publish} posts later (phase A of the fork-safe workflow).
 */
final class BundleOptions {
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

  /**
   * Writes the bundle when {@code --bundle} was given; does nothing otherwise.
   *
   * @param sections extra summary blocks, e.g. the patch coverage table
   */
  void writeIfAsked(ReviewOutcome outcome, ReviewConfig config, List<SummarySection> sections) {
    if (file == null) {
      return;
    }
    if (pullRequest == null) {
      throw new UserError(
          "--bundle needs --pull-request OWNER/REPO#NUMBER to say where the review goes");
    }
    String headSha = outcome.change().headCommit();
    if (headSha == null) {
      throw new UserError(
          "--bundle needs a commit as the head (--head REF), not " + outcome.change().head());
    }
    if (commentBudget < 0) {
      throw new UserError("--comment-budget must be 0 or more but was " + commentBudget);
    }
    ReviewPolicy policy =
        ReviewPolicy.defaults().withCommentBudget(commentBudget).withFailOn(config.failOn());
    ReviewPlan plan = new ReviewPlanner(policy).plan(outcome, headSha, sections);
    ReviewBundle.of(pullRequest(headSha), plan).write(file);
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
