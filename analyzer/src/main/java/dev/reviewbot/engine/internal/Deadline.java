package dev.reviewbot.engine.internal;

import java.time.Duration;

/**
 * One file's time budget. The analysis checks it where it can stop cleanly (between nodes, rule
 * handlers and parser reads); the thread that waits for the file cancels it when it gives up.
 */
public final class Deadline {
  private final Duration budget;
  private final long endNanos;
  private volatile boolean cancelled;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return new Deadline(budget);
  }

  /** A deadline too far off to matter, for callers that set no budget. */
  public static Deadline none() {
    return new Deadline(Duration.ofDays(365));
  }

  public Duration budget() {
    return budget;
  }

  /** Stops the file's analysis at its next check, e.g. when nobody waits for it any more. */
  public void cancel() {
    cancelled = true;
  }

  /**
   * @throws OverBudgetError once the budget is spent or the deadline cancelled
   */
  public void check() {
    if (cancelled || System.nanoTime() - endNanos > 0) {
      throw new OverBudgetError(budget);
    }
  }

  /**
   * Thrown where a file's analysis runs out of time. An {@link Error}, so a rule's {@code catch
   * (Exception e)} does not swallow it.
   */
  public static final class OverBudgetError extends Error {
    private static final long serialVersionUID = 1L;

    OverBudgetError(Duration budget) {
      super("over the time budget of " + budget.toSeconds() + " s", null, false, false);
    }
  }
}
