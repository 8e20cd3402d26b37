package com.example.b;

/** Labels for counts. */
public final class Labels {
  private Labels() {}

  public static String of(int count) {
    return count + " items";
  }

  static String shortOf(int count) {
    String unit = count == 1 ? "item" : "items";
    return count + " " + unit;
  }
}
