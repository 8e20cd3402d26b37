package dev.reviewbot.server.queue;

import java.time.Duration;

/** Hears what the queue and its workers do; metrics implement it. */
public interface QueueObserver {

  void enqueued(EnqueueOutcome outcome);

  void started(ClaimedJob job);

  /**
   * @param sinceRequested from the webhook that asked for the reviewed head to the review being
   *     posted
   */
  void reviewed(ClaimedJob job, Duration sinceRequested);

  void failed(ClaimedJob job, FailureOutcome outcome);

  void snapshot(QueueSnapshot snapshot);

  QueueObserver NONE =
      new QueueObserver() {
        @Override
        public void enqueued(EnqueueOutcome outcome) {}

        @Override
        public void started(ClaimedJob job) {}

        @Override
        public void reviewed(ClaimedJob job, Duration sinceRequested) {}

        @Override
        public void failed(ClaimedJob job, FailureOutcome outcome) {}

        @Override
        public void snapshot(QueueSnapshot snapshot) {}
      };
}
