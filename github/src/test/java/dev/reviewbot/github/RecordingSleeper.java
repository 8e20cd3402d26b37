package dev.reviewbot.github;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits asked for and returns at once: tests never sleep. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
