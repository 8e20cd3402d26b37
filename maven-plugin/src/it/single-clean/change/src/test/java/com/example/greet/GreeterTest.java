package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterTest {
  @Test
  void greetsByName() {
    assertEquals("Hello, Ada", Greeter.hello("Ada"));
  }

  @Test
  void saysGoodbyeByNameOrToNobody() {
    assertEquals("Goodbye, Ada", Greeter.farewell("Ada"));
    assertEquals("Goodbye", Greeter.farewell(""));
  }
}
