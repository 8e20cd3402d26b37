package dev.reviewbot.engine.internal;

import dev.reviewbot.engine.RuleCrash;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns what a rule threw into a {@link RuleCrash}. Lets through what ends the whole file's
 * analysis: running out of memory or time (the file becomes a notice), and other fatal VM errors.
 */
final class Crashes {
  private Crashes() {}

  static RuleCrash of(String ruleId, String path, Throwable thrown) {
    if (thrown instanceof VirtualMachineError fatal && !(thrown instanceof StackOverflowError)) {
      throw fatal;
    }
    if (thrown instanceof Deadline.OverBudgetError over) {
      throw over;
    }
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return new RuleCrash(ruleId, path, thrown.toString(), trace.toString());
  }
}
