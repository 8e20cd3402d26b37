package dev.reviewbot.github;

import java.util.List;

/**
 * What posting did.
 *
 * @param status whether it posted, was refused, or skipped an outdated head
 * @param message one line for people: what happened, or why not
 * @param reviewId the review posted, 0 if none
 * @param inlinePosted inline comments posted in this run
 * @param alreadyPosted findings skipped because an earlier run commented on them
 * @param notInline findings listed in the summary instead of inline
 * @param summaryCommentId the summary comment, 0 if none
 * @param summaryAction what happened to the summary comment
 * @param checkRunId the check run, 0 if none
 * @param conclusion the check run's conclusion ({@code success}/{@code failure}), {@code null} if
 *     none
 * @param resolved earlier comments marked resolved
 * @param warnings things that did not work but did not stop the rest (e.g. no permission for check
 *     runs)
 * @param feedback the inline comments posted now and what people did to earlier ones
 */
public record PublishResult(
    Status status,
    String message,
    long reviewId,
    int inlinePosted,
    int alreadyPosted,
    int notInline,
    long summaryCommentId,
    SummaryAction summaryAction,
    long checkRunId,
    String conclusion,
    int resolved,
    List<String> warnings,
    CommentFeedback feedback) {

  public enum Status {
    /** The review was posted (or nothing new needed posting). */
    PUBLISHED,
    /** GitHub refused to let this token write, e.g. a read-only token on a fork's pull request. */
    REFUSED,
    /** The pull request has moved on to a newer head; nothing was posted for the old one. */
    SUPERSEDED
  }

  public enum SummaryAction {
    CREATED,
    UPDATED,
    UNCHANGED,
    NONE
  }

  public PublishResult {
    warnings = List.copyOf(warnings);
    feedback = feedback == null ? CommentFeedback.none() : feedback;
  }

  /**
   * Posting was refused; {@code reason} says why and what to do instead. Nothing further was
   * written.
   */
  public static PublishResult refused(String reason) {
    return new PublishResult(
        Status.REFUSED,
        reason,
        0,
        0,
        0,
        0,
        0,
        SummaryAction.NONE,
        0,
        null,
        0,
        List.of(),
        CommentFeedback.none());
  }

  public static PublishResult superseded(String reason) {
    return new PublishResult(
        Status.SUPERSEDED,
        reason,
        0,
        0,
        0,
        0,
        0,
        SummaryAction.NONE,
        0,
        null,
        0,
        List.of(),
        CommentFeedback.none());
  }

  public boolean isRefused() {
    return status == Status.REFUSED;
  }
}
