package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReactorTurnTest {
  private static final List<String> REACTOR = List.of("parent", "module-a", "module-b", "docs");

  @Test
  void namedOnTheCommandLineItRunsWhereMavenRunsTheAggregator() {
    assertThat(ReactorTurn.runsHere(true, REACTOR, p -> false, "parent")).isTrue();
  }

  @Test
  void boundToAPhaseOnlyTheLastProjectThatBindsItRuns() {
    Set<String> binding = Set.of("parent", "module-a", "module-b");
    assertThat(
            REACTOR.stream()
                .filter(p -> ReactorTurn.runsHere(false, REACTOR, binding::contains, p)))
        .containsExactly("module-b");
  }

  @Test
  void aSingleProjectRunsIt() {
    assertThat(ReactorTurn.runsHere(false, List.of("app"), p -> true, "app")).isTrue();
  }
}
