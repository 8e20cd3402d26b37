package dev.reviewbot.server.feedback;

import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.server.queue.Delivery;
import java.util.List;

/** What the webhook intake hands to the feedback loop; each method is one kind of event. */
public final class FeedbackEvents {
  private final FeedbackStore store;
  private final FinalPass finalPass;

  public FeedbackEvents(FeedbackStore store, FinalPass finalPass) {
    this.store = store;
    this.finalPass = finalPass;
  }

  /** False for a redelivery. */
  public boolean threadChanged(
      Delivery delivery,
      String repository,
      int prNumber,
      long commentId,
      List<String> fingerprints,
      boolean resolved) {
    return store.threadChanged(delivery, repository, prNumber, commentId, fingerprints, resolved);
  }

  /** False for a redelivery. */
  public boolean replied(Delivery delivery, String repository, int prNumber, long parentId) {
    return store.replied(delivery, repository, prNumber, parentId);
  }

  /** Closed or merged: the comments are read once more, in the background. */
  public void closed(Long installationId, PullRequestRef pr) {
    store.closed(pr.fullName(), pr.number());
    finalPass.submit(installationId, pr);
  }
}
