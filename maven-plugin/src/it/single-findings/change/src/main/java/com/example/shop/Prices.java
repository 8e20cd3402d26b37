package com.example.shop;

/** Prices in cents. */
public final class Prices {
  private Prices() {}

  public static long total(long net, long tax) {
    return net + tax;
  }

  public static long discounted(long net, long tax, long percent, long minimum) {
    return Math.max(minimum, total(net, tax) * (100 - percent) / 100);
  }
}
