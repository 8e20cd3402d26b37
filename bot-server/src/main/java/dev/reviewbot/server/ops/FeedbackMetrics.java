package dev.reviewbot.server.ops;

import dev.reviewbot.server.feedback.FeedbackObserver;
import dev.reviewbot.server.feedback.Outcome;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feedback metrics per rule, exported at {@code /actuator/prometheus}: {@code
 * reviewbot_feedback_posted_total{rule}} inline comments recorded, and {@code
 * reviewbot_feedback_outcomes_total{rule,outcome}} comments that reached {@code fixed}, {@code
 * dismissed} or {@code not_useful} (or went back to {@code open}). Each change is counted by the
 * one instance that recorded it: sum over instances.
 */
public final class FeedbackMetrics implements FeedbackObserver {
  private final MeterRegistry registry;

  public FeedbackMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void posted(String ruleId) {
    registry.counter("reviewbot.feedback.posted", "rule", ruleId).increment();
  }

  @Override
  public void outcome(String ruleId, Outcome outcome) {
    registry
        .counter("reviewbot.feedback.outcomes", "rule", ruleId, "outcome", outcome.label())
        .increment();
  }
}
