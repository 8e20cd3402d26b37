package dev.reviewbot.coverage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percent formatting that never makes a value look equal to a threshold it failed against. */
public final class Percentages {
  private Percentages() {}

  /** One decimal, e.g. {@code 62.5}. */
  public static String format(double percent) {
    return decimals(percent, 1);
  }

  /**
   * {@code value} with as many decimals as needed to tell it apart from {@code threshold}, one at
   * least: 79.96 against 80 prints {@code 79.96}, not {@code 80.0}.
   */
  public static String formatAgainst(double value, double threshold) {
    for (int scale = 1; scale < 6; scale++) {
      if (rounded(value, scale).compareTo(rounded(threshold, scale)) != 0) {
        return decimals(value, scale);
      }
    }
    return decimals(value, 6);
  }

  /** Percentage points with a sign, e.g. {@code +1.2 pp}, {@code -0.4 pp}, {@code 0.0 pp}. */
  public static String points(double delta) {
    String text = format(delta);
    if (text.equals("-0.0")) {
      text = "0.0";
    }
    return (delta > 0 && !text.equals("0.0") ? "+" : "") + text + " pp";
  }

  /** A threshold as the user wrote it: {@code 80} rather than {@code 80.0}. */
  public static String threshold(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String decimals(double value, int scale) {
    return rounded(value, scale).toPlainString();
  }

  private static BigDecimal rounded(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }
}
