package com.example.a;

/** Counts up from zero. */
public final class Counter {
  private int count;

  public int next() {
    count++;
    return count;
  }
}
