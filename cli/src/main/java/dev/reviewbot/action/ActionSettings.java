package dev.reviewbot.action;

import dev.reviewbot.api.Severity;
import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Action's inputs laid over the repository's configuration.
 *
 * @param failOn the level that fails the step; empty for {@code fail-on: none}
 * @param policy the review's comment budget and the check run's fail level
 */
record ActionSettings(ReviewConfig config, Optional<Severity> failOn, ReviewPolicy policy) {

  /**
   * The pull request's configuration with the inputs on top. Its {@code banned:} rules run; its
   * {@code plugins:} are recorded but never loaded: the Action must not run code that the reviewed
   * change can name. Its {@code baseline:} is read, as data.
   */
  static ActionSettings of(ActionInputs inputs, RuleRegistry registry, Path repo) {
    ConfigLoader loader =
        new ConfigLoader(registry)
            .withSection(CoverageOptions.SECTION)
            .withSection(BaselineSetting.SECTION);
    ReviewConfig config =
        inputs.config() == null
            ? loader.loadFromRepository(repo)
            : loader.load(repo.resolve(inputs.config()));
    if (inputs.filterMode() != null) {
      config = config.toBuilder().filterMode(FilterMode.parse(inputs.filterMode())).build();
    }
    Optional<Severity> failOn = failLevel(inputs, config);
    // with fail-on none the check run still follows the configuration's level
    ReviewPolicy policy = ReviewPolicy.defaults().withFailOn(failOn.orElse(config.failOn()));
    if (inputs.commentBudget() != null) {
      policy = policy.withCommentBudget(inputs.commentBudget());
    }
    return new ActionSettings(config, failOn, policy);
  }

  private static Optional<Severity> failLevel(ActionInputs inputs, ReviewConfig config) {
    if (inputs.failOn() == null) {
      return Optional.of(config.failOn());
    }
    if (inputs.failOn().equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(inputs.failOn()));
    } catch (IllegalArgumentException e) {
      throw new ActionException(
          "fail-on must be one of info, warning, error, none but was '" + inputs.failOn() + "'");
    }
  }
}
