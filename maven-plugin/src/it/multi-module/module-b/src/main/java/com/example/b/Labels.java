package com.example.b;

/** Labels for counts. */
public final class Labels {
  private Labels() {}

  public static String of(int count) {
    return count + " items";
  }
}
