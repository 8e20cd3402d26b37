package dev.reviewbot.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: standard input and output on a terminal. */
final class Terminal {
  private Terminal() {}

  /**
   * {@code System.console()} is {@code null} when input or output is redirected, up to Java 21;
   * from Java 22 it may exist anyway, and {@code Console.isTerminal()} (looked up, since this
   * compiles for 17) says whether it is one.
   */
  static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
