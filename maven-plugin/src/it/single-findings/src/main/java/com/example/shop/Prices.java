package com.example.shop;

/** Prices in cents. */
public final class Prices {
  private Prices() {}

  public static long total(long net, long tax) {
    return net + tax;
  }
}
