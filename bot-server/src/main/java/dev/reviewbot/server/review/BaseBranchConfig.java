package dev.reviewbot.server.review;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.github.FileTooLargeException;
import dev.reviewbot.github.GitHubChangeSource;
import dev.reviewbot.plan.SummarySection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .reviewbot.yml} as the base branch has it. Read from the base, never the head, so a pull
 * request cannot switch its own review off. A broken file does not stop the review: it runs with
 * the defaults and the summary says what is wrong, with file, line and key.
 */
final class BaseBranchConfig {

  /**
   * @param problem why the file was not used, for the summary
   */
  record Loaded(ReviewConfig config, Optional<String> problem) {
    /** What the summary says about the configuration: not usable, or plugins not loaded. */
    List<SummarySection> sections() {
      List<SummarySection> sections = new ArrayList<>();
      problem.ifPresent(
          why ->
              sections.add(
                  new SummarySection(
                      "Configuration not used",
                      "`.reviewbot.yml` on the base branch could not be used, so the defaults applied: "
                          + why)));
      if (!config.plugins().isEmpty()) {
        // repository content never loads code into the server: only the operator's plugins
        // directory does
        sections.add(
            new SummarySection(
                "Plugins not loaded",
                "`.reviewbot.yml` names plugins ("
                    + String.join(", ", config.plugins())
                    + "); the bot never loads code from a repository. Ask the bot's operator to "
                    + "install them in its plugins directory, or run them in the GitHub Action."));
      }
      return sections;
    }
  }

  private BaseBranchConfig() {}

  static Loaded read(GitHubChangeSource pullRequest, ConfigLoader loader) throws IOException {
    String baseSha = pullRequest.baseSha();
    Optional<String> yaml;
    try {
      yaml = pullRequest.baseFile(ConfigLoader.FILE_NAME);
    } catch (FileTooLargeException e) {
      return new Loaded(ReviewConfig.defaults(), Optional.of(e.getMessage()));
    }
    if (yaml.isEmpty()) {
      return new Loaded(ReviewConfig.defaults(), Optional.empty());
    }
    String source =
        ConfigLoader.FILE_NAME + " at " + baseSha.substring(0, Math.min(12, baseSha.length()));
    try {
      return new Loaded(loader.parse(yaml.get(), source), Optional.empty());
    } catch (ConfigException e) {
      return new Loaded(ReviewConfig.defaults(), Optional.of(e.getMessage()));
    }
  }
}
