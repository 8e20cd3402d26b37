package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.suppress.BaselineFile;
import dev.reviewbot.suppress.BaselineSetting;
import dev.reviewbot.suppress.Baselined;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --baseline FILE}, shared by {@code check} and {@code scan}: report only findings not in
 * it.
 */
final class BaselineOptions {
  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings not in this baseline (written by 'reviewbot baseline'); default: the config's baseline:, if any.")
  Path file;

  /**
   * {@code outcome} without the findings of {@code --baseline}, else of the configuration's {@code
   * baseline:}; unchanged when there is neither.
   *
   * @throws dev.reviewbot.suppress.BaselineException naming a file that cannot be read
   */
  Baselined apply(ReviewOutcome outcome, ReviewConfig config) {
    if (file != null) {
      return BaselineFile.read(file).apply(outcome);
    }
    BaselineSetting configured = config.section(BaselineSetting.SECTION);
    return configured == null ? Baselined.none(outcome) : configured.load().apply(outcome);
  }
}
