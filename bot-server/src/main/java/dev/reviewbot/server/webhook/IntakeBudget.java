package dev.reviewbot.server.webhook;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many webhook bodies may be read at once, and how many bytes they may hold together. A
 * delivery gets a permit for its declared size before a byte of its body is read, or is turned
 * away: a flood of large posts then costs at most {@code maxBytes} of memory, however many come.
 */
public final class IntakeBudget {
  private final int maxBodies;
  private final long maxBytes;
  private int bodies;
  private long bytes;

  public IntakeBudget(int maxBodies, long maxBytes) {
    if (maxBodies < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("the intake budget needs at least one body and one byte");
    }
    this.maxBodies = maxBodies;
    this.maxBytes = maxBytes;
  }

  /**
   * A permit for a body of up to {@code size} bytes, or empty when that would exceed the budget.
   */
  public synchronized Optional<Permit> tryAcquire(long size) {
    if (bodies >= maxBodies || size > maxBytes - bytes) {
      return Optional.empty();
    }
    bodies++;
    bytes += size;
    return Optional.of(new Permit(size));
  }

  /** Bodies being read now. */
  public synchronized int bodiesInFlight() {
    return bodies;
  }

  private synchronized void release(long size) {
    bodies--;
    bytes -= size;
  }

  /** Held while one body is read and checked; {@link #release()} is safe to call more than once. */
  public final class Permit {
    private final long size;
    private final AtomicBoolean released = new AtomicBoolean();

    private Permit(long size) {
      this.size = size;
    }

    public void release() {
      if (released.compareAndSet(false, true)) {
        IntakeBudget.this.release(size);
      }
    }
  }
}
