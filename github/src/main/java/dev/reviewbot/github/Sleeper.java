package dev.reviewbot.github;

import java.time.Duration;

/** Waits between retries. Injected so tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
