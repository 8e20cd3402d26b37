package dev.reviewbot.cli;

import dev.reviewbot.baseline.BaselineFile;
import dev.reviewbot.pipeline.ReviewPipeline;
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

  /** {@code pipeline} taking out {@code --baseline}'s findings instead of the configuration's. */
  ReviewPipeline applyTo(ReviewPipeline pipeline) {
    return file == null ? pipeline : pipeline.withBaseline(BaselineFile.read(file));
  }
}
