package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.glob.Glob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewConfigTest {

  @Test
  void aBuilderStartsFromTheDefaults() {
    ReviewConfig config = ReviewConfig.builder().build();

    assertThat(config).isEqualTo(ReviewConfig.defaults());
    assertThat(config.filterMode()).isEqualTo(FilterMode.ADDED);
    assertThat(config.failOn()).isEqualTo(Severity.WARNING);
    assertThat(config.testCode())
        .extracting(Glob::pattern)
        .isEqualTo(ReviewConfig.DEFAULT_TEST_GLOBS);
    assertThat(config.source()).isNull();
  }

  @Test
  void toBuilderChangesOnlyWhatItIsTold() {
    AnalysisLimits limits = new AnalysisLimits(10, Duration.ofSeconds(1), 1);
    ReviewConfig config =
        ReviewConfig.builder()
            .failOn(Severity.ERROR)
            .include(List.of(Glob.of("src/**")))
            .rules(Map.of("argument-count", RuleSettings.DEFAULT))
            .source(".reviewbot.yml")
            .section(AnalysisLimits.SECTION, limits)
            .plugins(List.of("house.jar"))
            .build();

    ReviewConfig copy = config.toBuilder().filterMode(FilterMode.NOFILTER).build();

    assertThat(copy.filterMode()).isEqualTo(FilterMode.NOFILTER);
    assertThat(copy.toBuilder().filterMode(FilterMode.ADDED).build()).isEqualTo(config);
    assertThat(config.filterMode()).as("the original is unchanged").isEqualTo(FilterMode.ADDED);
  }
}
