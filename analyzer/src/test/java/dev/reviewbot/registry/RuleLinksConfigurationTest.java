package dev.reviewbot.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLinksConfigurationTest {
  @Test
  void aBaseUrlFromTheEnvironmentIsADirectoryOfGeneratedPages() {
    RuleLinks links =
        RuleLinks.configured(
            Map.of(RuleLinks.ENV, "https://git.example/tools/reviewbot/rule-docs/rules"));

    assertThat(links.url("argument-count"))
        .isEqualTo("https://git.example/tools/reviewbot/rule-docs/rules/argument-count.md");
  }

  @Test
  void aBaseUrlWithAnIdPlaceholderPutsTheIdThere() {
    RuleLinks links =
        RuleLinks.configured(Map.of(RuleLinks.ENV, "https://docs.example/reviewbot/{id}.html"));

    assertThat(links.url("argument-count"))
        .isEqualTo("https://docs.example/reviewbot/argument-count.html");
  }

  @Test
  void withoutTheSettingTheLinksAreReviewbotsOwnPages() {
    assertThat(RuleLinks.configured(Map.of()).url("argument-count"))
        .isEqualTo(RuleLinks.HOME + "/blob/main/rule-docs/rules/argument-count.md");
    assertThat(RuleLinks.configured(Map.of(RuleLinks.ENV, " "))).isEqualTo(RuleLinks.REVIEWBOT);
  }
}
