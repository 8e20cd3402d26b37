package dev.reviewbot.github;

import dev.reviewbot.api.Severity;
import dev.reviewbot.github.PublishResult.Status;
import dev.reviewbot.github.PublishResult.SummaryAction;
import dev.reviewbot.github.internal.BotIdentity;
import dev.reviewbot.github.internal.CheckRunPoster;
import dev.reviewbot.github.internal.CommentSignals;
import dev.reviewbot.github.internal.DiffAnchors;
import dev.reviewbot.github.internal.EarlierPosts;
import dev.reviewbot.github.internal.Failures;
import dev.reviewbot.github.internal.FileList;
import dev.reviewbot.github.internal.ResolvedComments;
import dev.reviewbot.github.internal.ReviewPoster;
import dev.reviewbot.github.internal.WriteRefused;
import dev.reviewbot.plan.CommentRenderer;
import dev.reviewbot.plan.Markers;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.Selection;
import dev.reviewbot.plan.SummaryFacts;
import dev.reviewbot.plan.SummaryRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a {@link ReviewPlan} on a pull request: one review with the new inline comments, one
 * summary comment kept up to date, one check run, and earlier comments marked resolved when their
 * findings are gone. Idempotent: a second run on the same head posts nothing new.
 */
public final class GitHubPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(GitHubPublisher.class);

  private final GitHubApiClient client;
  private final PublishOptions options;
  private final CommentRenderer comments;

  public GitHubPublisher(GitHubApiClient client, PublishOptions options) {
    this.client = client;
    this.options = options;
    this.comments = new CommentRenderer(options.ruleLinks());
  }

  /**
   * @return what was posted; {@link Status#REFUSED} when the token may not write (e.g. a fork's
   *     read-only token): the caller can fall back to annotations or a review bundle
   * @throws PublishException when GitHub cannot be used for another reason (no such pull request,
   *     still failing after retries)
   */
  public PublishResult publish(ReviewPlan plan, PullRequestRef pr) {
    return publish(plan, pr, null);
  }

  /**
   * As {@link #publish(ReviewPlan, PullRequestRef)}, for a change {@link GitHubChangeSource} read:
   * its files are not listed again, and the summary adds no note that GitHub lists at most 3000
   * files, because the change's own {@link PullRequestChange#sections() sections} say so.
   */
  public PublishResult publish(ReviewPlan plan, PullRequestChange change) {
    return publish(plan, change.pullRequest(), change.files());
  }

  /**
   * @param files as a change source read them, or {@code null} to list them here
   */
  private PublishResult publish(ReviewPlan plan, PullRequestRef pr, List<PullRequestFile> files) {
    try {
      try {
        return run(plan, pr, files);
      } catch (GHException e) {
        // hub4j's paged lists wrap the HTTP failure in an unchecked exception
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw e;
      }
    } catch (WriteRefused refused) {
      String reason =
          "GitHub did not let this token write to "
              + pr.fullName()
              + "#"
              + pr.number()
              + ": "
              + refused.getMessage()
              + ". The token is read-only, as on pull requests from forks; post from a workflow_run job with "
              + "'reviewbot publish --bundle FILE', or use the annotations and job summary instead.";
      LOG.warn(reason);
      return PublishResult.refused(reason);
    } catch (IOException e) {
      if (Failures.status(e) == 401) {
        String reason =
            "GitHub rejected the token for " + pr.fullName() + " (" + Failures.describe(e) + ")";
        LOG.warn(reason);
        return PublishResult.refused(reason);
      }
      throw new PublishException(
          "could not publish the review on "
              + pr.fullName()
              + "#"
              + pr.number()
              + " via "
              + client.apiUrl()
              + ": "
              + Failures.describe(e),
          e);
    }
  }

  /**
   * Tells the author that {@code pr.headSha()} could not be reviewed, and why, in the summary
   * comment (created or replaced, so there is still one), e.g. after the bot gave up on the job.
   *
   * @throws PublishException when GitHub cannot be reached or refuses the comment
   */
  public void publishNotReviewed(PullRequestRef pr, String reason) {
    String body =
        Markers.summary()
            + "\n### reviewbot could not review `"
            + pr.headSha().substring(0, Math.min(12, pr.headSha().length()))
            + "`\n\n"
            + reason
            + "\n\nNothing in this pull request was checked at this commit. Pushing a new commit starts a new review.";
    try {
      GHPullRequest pull = client.hub4j().getRepository(pr.fullName()).getPullRequest(pr.number());
      EarlierPosts earlier =
          EarlierPosts.read(
              client.rest(), pull, pr, BotIdentity.resolve(options.botLogin(), client.hub4j()));
      upsertSummary(pull, earlier.summary(), body);
    } catch (IOException | WriteRefused | GHException e) {
      throw new PublishException(
          "could not tell "
              + pr.fullName()
              + "#"
              + pr.number()
              + " that it was not reviewed: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * What people did to the bot's inline comments so far, read without writing anything, e.g. a last
   * time when the pull request is closed. Comments are fixed only as far as their markers say.
   *
   * @throws PublishException when GitHub cannot be read
   */
  public CommentFeedback readFeedback(PullRequestRef pr) {
    try {
      GHPullRequest pull = client.hub4j().getRepository(pr.fullName()).getPullRequest(pr.number());
      Predicate<String> isBot = BotIdentity.resolve(options.botLogin(), client.hub4j());
      EarlierPosts earlier = EarlierPosts.read(client.rest(), pull, pr, isBot);
      List<String> warnings = new ArrayList<>();
      List<CommentFeedback.Earlier> signals =
          new CommentSignals(client.rest(), pr, isBot).read(earlier.reviewComments(), warnings);
      warnings.forEach(w -> LOG.info("{}: {}", pr, w));
      return new CommentFeedback(List.of(), signals);
    } catch (IOException | GHException e) {
      throw new PublishException(
          "could not read the bot's comments on "
              + pr.fullName()
              + "#"
              + pr.number()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private PublishResult run(ReviewPlan plan, PullRequestRef pr, List<PullRequestFile> listed)
      throws IOException, WriteRefused {
    GHRepository repo = client.hub4j().getRepository(pr.fullName());
    GHPullRequest pull = repo.getPullRequest(pr.number());
    String head = pull.getHead().getSha();
    if (!pr.headSha().equals(head)) {
      return superseded(pr, head);
    }
    // listed at this head (checked just above), or read now
    List<PullRequestFile> files = listed != null ? listed : FileList.of(pull);
    Predicate<String> isBot = BotIdentity.resolve(options.botLogin(), client.hub4j());
    EarlierPosts earlier = EarlierPosts.read(client.rest(), pull, pr, isBot);
    List<String> warnings = new ArrayList<>();
    List<CommentFeedback.Earlier> signals =
        new CommentSignals(client.rest(), pr, isBot).read(earlier.reviewComments(), warnings);
    Selection selection = plan.select(DiffAnchors.of(files), notAgain(earlier, signals));
    List<String> notes = new ArrayList<>();
    if (listed == null) {
      // a change source's files come with its own section about the limit: say it once
      FileList.notCommentable(files.size()).ifPresent(notes::add);
    }

    ReviewPoster.Outcome review = postReview(pull, pr, plan, selection);
    selection = selection.withRefused(review.refused());
    if (review.oneByOne()) {
      notes.add("GitHub rejected the review as a whole; its comments were posted one by one.");
    }

    List<Long> gone =
        new ResolvedComments(client.rest(), pr, comments)
            .markGone(earlier.openReviewComments(), plan, options.resolveThreads(), warnings);
    int resolved = gone.size();
    CommentFeedback feedback =
        new CommentFeedback(
            CommentFeedback.Posted.of(selection.inline()),
            signals.stream()
                .map(s -> gone.contains(s.commentId()) ? s.fixedAt(pr.headSha()) : s)
                .toList());

    SummaryFacts facts = new SummaryFacts(resolved, notes);
    String summary =
        new SummaryRenderer(options.ruleLinks(), SummaryRenderer.GITHUB_COMMENT_LIMIT)
            .render(plan, selection, facts);
    Summary posted = upsertSummary(pull, earlier.summary(), summary);

    CheckRun checkRun = postCheckRun(repo, pr, plan, selection, facts, warnings);
    String message = published(pr, selection, posted, resolved, checkRun);
    LOG.info(message);
    return new PublishResult(
        Status.PUBLISHED,
        message,
        review.reviewId(),
        selection.inline().size(),
        selection.alreadyPosted().size(),
        selection.notInline().size() + plan.summaryOnly().size(),
        posted.id(),
        posted.action(),
        checkRun.id(),
        checkRun.conclusion(),
        resolved,
        warnings,
        feedback);
  }

  /**
   * Fingerprints not to comment on again: those with an open comment, those the caller withholds,
   * and those whose earlier comment somebody marked 👎, even if it was resolved since.
   */
  private Set<String> notAgain(EarlierPosts earlier, List<CommentFeedback.Earlier> signals) {
    Set<String> skip = new HashSet<>(earlier.openFingerprints());
    skip.addAll(options.withheldFingerprints());
    signals.stream().filter(s -> s.thumbsDown() > 0).forEach(s -> skip.addAll(s.fingerprints()));
    return skip;
  }

  /** The review with the new inline comments, as one review (one notification). */
  private ReviewPoster.Outcome postReview(
      GHPullRequest pull, PullRequestRef pr, ReviewPlan plan, Selection selection)
      throws IOException, WriteRefused {
    String event =
        options.requestChanges() && plan.count(Severity.ERROR) > 0 ? "REQUEST_CHANGES" : "COMMENT";
    return new ReviewPoster(client.rest(), pr, comments)
        .post(
            selection.inline(),
            event,
            reviewBody(selection, pr),
            () -> DiffAnchors.of(FileList.of(pull)));
  }

  /** The log line and result message of a published review. */
  private static String published(
      PullRequestRef pr, Selection selection, Summary posted, int resolved, CheckRun checkRun) {
    return "posted "
        + selection.inline().size()
        + " new inline comment(s) on "
        + pr
        + ", "
        + selection.alreadyPosted().size()
        + " already there, "
        + selection.notInline().size()
        + " in the summary ("
        + posted.action().name().toLowerCase(java.util.Locale.ROOT)
        + "), "
        + resolved
        + " resolved"
        + (checkRun.conclusion() == null ? "" : ", check run " + checkRun.conclusion());
  }

  private static PublishResult superseded(PullRequestRef pr, String head) {
    String reason =
        pr.fullName()
            + "#"
            + pr.number()
            + " has moved on to "
            + head
            + "; nothing posted for "
            + pr.headSha();
    LOG.info(reason);
    return PublishResult.superseded(reason);
  }

  /**
   * The check run posted, when one is asked for.
   *
   * @param id 0 when none was posted
   * @param conclusion {@code null} when none was posted
   */
  private record CheckRun(long id, String conclusion) {
    static final CheckRun NONE = new CheckRun(0, null);
  }

  /**
   * Posts the check run with the summary's text; a token that may not create check runs (4xx)
   * leaves a warning instead, as the review itself still stands.
   */
  private CheckRun postCheckRun(
      GHRepository repo,
      PullRequestRef pr,
      ReviewPlan plan,
      Selection selection,
      SummaryFacts facts,
      List<String> warnings)
      throws IOException {
    if (options.checkRunName() == null) {
      return CheckRun.NONE;
    }
    // the same text as the summary comment, without the marker that identifies that comment
    String checkSummary =
        new SummaryRenderer(options.ruleLinks(), SummaryRenderer.GITHUB_CHECK_SUMMARY_LIMIT)
            .render(plan, selection, facts)
            .replace(Markers.summary() + "\n", "");
    try {
      long id =
          CheckRunPoster.post(
              repo,
              client.rest(),
              options.checkRunName(),
              pr.headSha(),
              plan,
              checkSummary,
              client.clock().instant());
      return new CheckRun(id, CheckRunPoster.conclusion(plan));
    } catch (IOException | GHException failure) {
      IOException e =
          failure instanceof IOException io
              ? io
              : failure.getCause() instanceof IOException cause
                  ? cause
                  : new IOException(failure.getMessage(), failure);
      if (Failures.status(e) < 0 || Failures.status(e) >= 500) {
        throw e;
      }
      warnings.add("check run not posted: " + Failures.describe(e));
      LOG.warn("check run not posted on {}: {}", pr, Failures.describe(e));
      return CheckRun.NONE;
    }
  }

  private static String reviewBody(Selection selection, PullRequestRef pr) {
    return "**reviewbot** \u00b7 "
        + selection.inline().size()
        + " new comment(s) on `"
        + pr.headSha().substring(0, 12)
        + "`. The summary comment lists every finding.";
  }

  private Summary upsertSummary(GHPullRequest pull, Optional<GHIssueComment> existing, String body)
      throws IOException, WriteRefused {
    try {
      if (existing.isPresent()) {
        GHIssueComment comment = existing.get();
        if (body.equals(
            comment.getBody() == null ? null : comment.getBody().replace("\r\n", "\n"))) {
          return new Summary(comment.getId(), SummaryAction.UNCHANGED);
        }
        comment.update(body);
        return new Summary(comment.getId(), SummaryAction.UPDATED);
      }
      return new Summary(pull.comment(body).getId(), SummaryAction.CREATED);
    } catch (IOException e) {
      if (Failures.isPermission(e)) {
        throw new WriteRefused("posting the summary comment", Failures.describe(e));
      }
      throw e;
    }
  }

  private record Summary(long id, SummaryAction action) {}
}
