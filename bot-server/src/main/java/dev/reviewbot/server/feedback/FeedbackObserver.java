package dev.reviewbot.server.feedback;

/** Told once per recorded change, after it committed; metrics listen here. */
public interface FeedbackObserver {
  void posted(String ruleId);

  void outcome(String ruleId, Outcome outcome);

  FeedbackObserver NONE =
      new FeedbackObserver() {
        @Override
        public void posted(String ruleId) {}

        @Override
        public void outcome(String ruleId, Outcome outcome) {}
      };
}
