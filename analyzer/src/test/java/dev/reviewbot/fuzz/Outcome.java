package dev.reviewbot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * What one fuzzed call did: returned, or threw. A call that runs past the time bound fails the
 * property (a hang), and so does any throwable but the documented one (an {@link Error} such as
 * StackOverflowError or OutOfMemoryError, a NullPointerException, an IndexOutOfBoundsException...).
 */
public final class Outcome {
  /** Generous: every input here is parsed in milliseconds. */
  private static final Duration BOUND = Duration.ofSeconds(2);

  /** The code under test. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  private final Throwable thrown;

  private Outcome(Throwable thrown) {
    this.thrown = thrown;
  }

  public static Outcome of(Call call) {
    return new Outcome(
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              try {
                call.run();
                return null;
              } catch (Throwable e) {
                return e;
              }
            },
            () -> "did not finish within " + BOUND.toMillis() + " ms"));
  }

  /**
   * The call returned, or threw {@code documented} with a message {@code saysWhatAndWhere} accepts.
   */
  public void isSuccessOr(
      Class<? extends Exception> documented, Predicate<String> saysWhatAndWhere) {
    if (thrown == null) {
      return;
    }
    assertThat(thrown)
        .as("only %s may be thrown", documented.getSimpleName())
        .isInstanceOf(documented);
    assertThat(thrown.getMessage())
        .as("the message of %s", thrown)
        .isNotNull()
        .matches(saysWhatAndWhere);
  }

  /** The call returned. */
  public void isSuccess() {
    assertThat(thrown).as("nothing may be thrown").isNull();
  }
}
