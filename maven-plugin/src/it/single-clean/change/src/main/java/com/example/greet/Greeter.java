package com.example.greet;

/** Greets people by name. */
public final class Greeter {
  private Greeter() {}

  public static String hello(String name) {
    return "Hello, " + name;
  }

  static String farewell(String name) {
    if (name.isEmpty()) {
      return "Goodbye";
    }
    return "Goodbye, " + name;
  }
}
