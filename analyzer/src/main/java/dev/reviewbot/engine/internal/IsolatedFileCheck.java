package dev.reviewbot.engine.internal;

import dev.reviewbot.engine.Notice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one file's check on a thread of its own, so that nothing the file does stops the run: the
 * thread's stack is deep enough for real code nested hundreds of levels, and a stack overflow, an
 * out-of-memory error, any other failure, or the file's time budget running out becomes a notice
 * naming the file. A new thread per file gives back the stack a deep file used.
 */
public final class IsolatedFileCheck {
  /** Reserved, not committed: only a file that nests deeply touches more than a little of it. */
  static final long STACK_BYTES = 512L * 1024 * 1024;

  /**
   * Files nesting deeper are skipped before parsing: the parser recurses a few frames per level.
   */
  public static final int MAX_NESTING = 1000;

  private final Duration budget;

  /**
   * @param budget how long one file may take, parse and rules together
   */
  public IsolatedFileCheck(Duration budget) {
    this.budget = budget;
  }

  /** What checking one file gave: the checker's outcome, or why the file was skipped. */
  public record Result(FileChecker.Outcome outcome, boolean skipped) {
    /** A file skipped before its check, for {@code notice}'s reason. */
    public static Result skipped(Notice notice) {
      return new Result(
          new FileChecker.Outcome(List.of(), List.of(notice), List.of(), false), true);
    }
  }

  /**
   * Checks {@code path} with {@code check}, which must check the deadline it is given as it goes.
   *
   * @throws IllegalStateException if the calling thread is interrupted while it waits
   */
  public Result run(String path, String content, Function<Deadline, FileChecker.Outcome> check) {
    Optional<Notice> tooDeep = tooDeep(path, content);
    if (tooDeep.isPresent()) {
      return Result.skipped(tooDeep.get());
    }
    Deadline deadline = Deadline.after(budget);
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                result.set(check.apply(deadline));
              } catch (Throwable failure) {
                result.set(failure);
              }
            },
            "reviewbot-file",
            STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(Math.max(1, budget.toMillis()));
    } catch (InterruptedException e) {
      deadline.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    }
    if (worker.isAlive()) {
      // the parser's post-processing has no place to check the deadline: stop waiting, let the
      // worker end alone
      deadline.cancel();
      return Result.skipped(overBudget(path));
    }
    Object value = result.get();
    if (value instanceof FileChecker.Outcome outcome) {
      return new Result(outcome, false);
    }
    return Result.skipped(failed(path, (Throwable) value));
  }

  private static Optional<Notice> tooDeep(String path, String content) {
    int depth = NestingDepth.of(content);
    if (depth <= MAX_NESTING) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(
            path,
            0,
            0,
            "nests parentheses, brackets or braces "
                + depth
                + " levels deep; files nesting more than "
                + MAX_NESTING
                + " levels are not analyzed; skipped"));
  }

  private Notice overBudget(String path) {
    return new Notice(
        path,
        0,
        0,
        "took longer than the "
            + budget.toSeconds()
            + " s one file may take (limits.max-seconds-per-file); skipped");
  }

  private Notice failed(String path, Throwable failure) {
    if (failure instanceof Deadline.OverBudgetError) {
      return overBudget(path);
    }
    if (failure instanceof StackOverflowError) {
      return new Notice(path, 0, 0, "is too deeply nested to analyze (stack overflow); skipped");
    }
    if (failure instanceof OutOfMemoryError) {
      return new Notice(
          path,
          0,
          0,
          "ran out of memory while being analyzed (" + failure.getMessage() + "); skipped");
    }
    return new Notice(path, 0, 0, "could not be analyzed: " + failure + "; skipped");
  }
}
