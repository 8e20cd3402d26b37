package dev.reviewbot.maven.internal;

import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a goal runs in the project Maven is building now, so a multi-module build gets one
 * report.
 *
 * <p>Named on the command line ({@code mvn verify reviewbot:check}) the goal is an aggregator and
 * Maven runs it once, after the lifecycle phases of every module. Bound to a phase in the POM it
 * would run in every module that inherits the binding: then only the last of those in reactor order
 * runs it, when the modules before it have their test results and coverage reports.
 */
public final class ReactorTurn {
  private ReactorTurn() {}

  /**
   * @param fromCommandLine the goal was named on the command line rather than bound to a phase
   * @param reactor the reactor's projects, in build order
   * @param bindsGoal which projects have the plugin in their build
   * @param current the project being built
   */
  public static <P> boolean runsHere(
      boolean fromCommandLine, List<P> reactor, Predicate<P> bindsGoal, P current) {
    if (fromCommandLine) {
      return true;
    }
    List<P> binding = reactor.stream().filter(bindsGoal).toList();
    return binding.isEmpty() || binding.get(binding.size() - 1).equals(current);
  }
}
