package dev.reviewbot.engine.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a thread with {@link IsolatedFileCheck}'s deep stack, e.g. the change rules, which
 * parse files too.
 */
public final class DeepStack {
  private DeepStack() {}

  /** Runs {@code work} and waits for it; what it throws is thrown here. */
  public static void run(String name, Runnable work) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                work.run();
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            name,
            IsolatedFileCheck.STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
  }
}
