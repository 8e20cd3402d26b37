package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.coverage.CoverageOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageRequestTest {
  private static final Path REACTOR_REPORT = Path.of("/repo/app/target/site/jacoco/jacoco.xml");
  private static final CoverageRequest NONE =
      new CoverageRequest(List.of(), List.of(), List.of(), List.of(), null, null);

  @Test
  void withNothingConfiguredTheReactorsReportsAreUsed() {
    assertThat(NONE.options(CoverageOptions.DEFAULT, List.of(REACTOR_REPORT)))
        .hasValueSatisfying(o -> assertThat(o.reports()).containsExactly(REACTOR_REPORT));
  }

  @Test
  void withNoReportAnywhereThereIsNoCoverage() {
    assertThat(NONE.options(CoverageOptions.DEFAULT, List.of())).isEmpty();
  }

  @Test
  void theConfigurationsReportsWinOverTheReactors() {
    Path configured = Path.of("app/coverage.xml");
    assertThat(
            NONE.options(CoverageOptions.ofReports(List.of(configured)), List.of(REACTOR_REPORT)))
        .hasValueSatisfying(o -> assertThat(o.reports()).containsExactly(configured));
  }

  @Test
  void parametersOverrideTheConfigurationListByListAndGateByGate() {
    Path given = Path.of("/repo/given.xml");
    Path base = Path.of("/repo/base.xml");
    CoverageOptions configured =
        CoverageOptions.ofReports(List.of(Path.of("configured.xml"))).withGates(90, 1.0);
    CoverageRequest request =
        new CoverageRequest(List.of(given), List.of(base), List.of(), List.of(), 70.0, null);

    CoverageOptions options = request.options(configured, List.of(REACTOR_REPORT)).orElseThrow();

    assertThat(options.reports()).containsExactly(given);
    assertThat(options.baseReports()).containsExactly(base);
    assertThat(options.minPatchCoverage()).isEqualTo(70.0);
    assertThat(options.maxCoverageDrop()).isEqualTo(1.0);
  }

  @Test
  void execFilesNeedClassDirectories() {
    CoverageRequest request =
        new CoverageRequest(
            List.of(), List.of(), List.of(Path.of("jacoco.exec")), List.of(), null, null);
    assertThatThrownBy(() -> request.options(CoverageOptions.DEFAULT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set classes");
  }

  @Test
  void aGateWithoutHeadCoverageIsAMistakeNotASilentPass() {
    CoverageRequest request =
        new CoverageRequest(List.of(), List.of(), List.of(), List.of(), 90.0, null);
    assertThatThrownBy(() -> request.options(CoverageOptions.DEFAULT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need the head's coverage");
  }
}
