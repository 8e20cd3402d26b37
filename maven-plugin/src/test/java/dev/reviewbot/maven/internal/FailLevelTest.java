package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Severity;
import org.junit.jupiter.api.Test;

class FailLevelTest {
  @Test
  void unsetTakesTheConfigurationsLevel() {
    assertThat(FailLevel.parse(null, Severity.ERROR).severity()).contains(Severity.ERROR);
    assertThat(FailLevel.parse(" ", Severity.INFO).id()).isEqualTo("info");
  }

  @Test
  void aSeverityInAnyCaseOverridesTheConfiguration() {
    assertThat(FailLevel.parse("Error", Severity.INFO).severity()).contains(Severity.ERROR);
  }

  @Test
  void noneNeverFails() {
    FailLevel none = FailLevel.parse("NONE", Severity.WARNING);
    assertThat(none.severity()).isEmpty();
    assertThat(none.id()).isEqualTo("none");
  }

  @Test
  void anUnknownLevelNamesTheParameterAndTheValidValues() {
    assertThatThrownBy(() -> FailLevel.parse("fatal", Severity.WARNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failOn: expected one of info, warning, error, none but was 'fatal'");
  }
}
