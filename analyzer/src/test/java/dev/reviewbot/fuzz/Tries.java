package dev.reviewbot.fuzz;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a property on generated inputs, each try from its own {@link SplittableRandom} seeded from a
 * fixed run seed and the try's index, so every try can be replayed on its own. The normal build
 * runs {@value #DEFAULT_TRIES} tries of each property with seed {@value #DEFAULT_SEED}; system
 * properties change that (surefire passes the {@code -D} options of the Maven command line on):
 *
 * <ul>
 *   <li>{@code reviewbot.fuzz.tries}: how many tries (a longer run: {@code
 *       -Dreviewbot.fuzz.tries=50000});
 *   <li>{@code reviewbot.fuzz.seed}: the run seed (another one explores other inputs);
 *   <li>{@code reviewbot.fuzz.try}: run only this try (with the seed a failure names: its replay).
 * </ul>
 *
 * A failing input is made smaller while it still fails (see {@link #check(Generator, Function,
 * Function, Property)}), and the failure names the seed, the try, the input as generated and as
 * shrunk, and the options that replay it.
 */
public final class Tries {
  public static final String TRIES = "reviewbot.fuzz.tries";
  public static final String SEED = "reviewbot.fuzz.seed";
  public static final String TRY = "reviewbot.fuzz.try";
  public static final int DEFAULT_TRIES = 200;
  public static final long DEFAULT_SEED = 17;

  private Tries() {}

  /** Makes one input from a try's random numbers. */
  @FunctionalInterface
  public interface Generator<T> {
    T next(SplittableRandom random);
  }

  /** What must hold for every input: returns, or throws (an {@link AssertionError} as a rule). */
  @FunctionalInterface
  public interface Property<T> {
    void check(T input) throws Throwable;
  }

  /** {@link #check(Generator, Function, Function, Property)} without shrinking. */
  public static <T> void check(Generator<T> generator, Property<T> property) {
    check(generator, input -> Stream.empty(), String::valueOf, property);
  }

  /**
   * Runs {@code property} on one input of {@code generator} per try. On the first failing try,
   * takes the first of {@code smaller(input)} that still fails as long as there is one, and fails
   * naming the seed, the try and both inputs ({@code show} writes one for a person), with the
   * shrunk input's failure as the cause.
   */
  public static <T> void check(
      Generator<T> generator,
      Function<T, Stream<T>> smaller,
      Function<T, String> show,
      Property<T> property) {
    long seed = Long.getLong(SEED, DEFAULT_SEED);
    Integer only = Integer.getInteger(TRY);
    int first = only == null ? 0 : only;
    int end = only == null ? Integer.getInteger(TRIES, DEFAULT_TRIES) : only + 1;
    for (int index = first; index < end; index++) {
      T input = generator.next(random(seed, index));
      Throwable failure = failure(property, input);
      if (failure != null) {
        T shrunk = input;
        for (boolean progress = true; progress; ) {
          progress = false;
          for (T candidate : (Iterable<T>) smaller.apply(shrunk)::iterator) {
            Throwable candidateFailure = failure(property, candidate);
            if (candidateFailure != null) {
              shrunk = candidate;
              failure = candidateFailure;
              progress = true;
              break;
            }
          }
        }
        String summary = String.valueOf(failure);
        throw new AssertionError(
            String.format(
                "try %d of seed %d failed (replay: -D%s=%d -D%s=%d)%n  input: %s%n  shrunk: %s%n  failure: %s",
                index,
                seed,
                SEED,
                seed,
                TRY,
                index,
                show.apply(input),
                shrunk.equals(input) ? "no smaller input fails" : show.apply(shrunk),
                summary.length() > 1000 ? summary.substring(0, 1000) + "..." : summary),
            failure);
      }
    }
  }

  /** The random numbers of one try: a function of the run seed and the try's index only. */
  static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static <T> Throwable failure(Property<T> property, T input) {
    try {
      property.check(input);
      return null;
    } catch (Throwable e) {
      return e;
    }
  }
}
