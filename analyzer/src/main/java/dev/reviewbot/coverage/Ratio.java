package dev.reviewbot.coverage;

import dev.reviewbot.coverage.internal.Percentages;
import java.util.OptionalDouble;

/**
 * A covered-out-of-total count, e.g. 6 of 8 coverable added lines.
 *
 * @param covered how many are covered
 * @param total how many there are
 */
public record Ratio(long covered, long total) {
  public static final Ratio EMPTY = new Ratio(0, 0);

  public Ratio {
    if (covered < 0 || total < covered) {
      throw new IllegalArgumentException("bad ratio " + covered + "/" + total);
    }
  }

  /** Unrounded percentage; empty when there is nothing to cover (never 100%). */
  public OptionalDouble percent() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * covered / total);
  }

  public boolean isEmpty() {
    return total == 0;
  }

  public Ratio plus(Ratio other) {
    return new Ratio(covered + other.covered, total + other.total);
  }

  /** e.g. {@code 75.0% (6/8)}, or {@code n/a} when there is nothing to cover. */
  public String format() {
    return total == 0
        ? "n/a"
        : Percentages.format(100.0 * covered / total) + "% (" + covered + "/" + total + ")";
  }

  @Override
  public String toString() {
    return format();
  }
}
