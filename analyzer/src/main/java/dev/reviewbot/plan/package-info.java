/**
 * The platform-neutral review plan: which findings become inline comments and which go to the
 * summary, the comment budget, the hidden markers that make posting idempotent, and the Markdown a
 * review is written in. Knows nothing of GitHub's API; the github module turns a plan into calls.
 *
 * <p>Pipeline: {@code ReviewOutcome} → {@link dev.reviewbot.plan.ReviewPlanner} → {@link
 * dev.reviewbot.plan.ReviewPlan} → {@link dev.reviewbot.plan.ReviewPlan#select} (with the
 * platform's anchor check and the fingerprints already posted) → {@link
 * dev.reviewbot.plan.CommentRenderer} / {@link dev.reviewbot.plan.SummaryRenderer}.
 */
package dev.reviewbot.plan;
