package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.PathScanSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Checks whole files with no diff, e.g. for a baseline or a whole-repository run.")
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions report;

  @Mixin PluginOptions plugins;

  @Mixin RepositoryOption repo;

  @Mixin BaselineOptions baseline;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or directories to scan (default: the current directory, or -C DIR).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = plugins.registry();
    // the configuration of the repository, as check reads it; paths from -C DIR, as git -C reads
    // them
    ReviewConfig config =
        report.loadConfig(registry, repo.root()).toBuilder()
            .filterMode(FilterMode.NOFILTER)
            .build();
    var change = new PathScanSource(repo.dir()).scan(paths);
    ReviewResult result;
    // the progress line is wiped before the report starts, so the two never share a line
    try (ScanProgress progress =
        ScanProgress.forTerminal(spec.commandLine().getErr(), System.getenv())) {
      result =
          baseline.applyTo(new ReviewPipeline(registry, config).withProgress(progress)).run(change);
    }
    report.sink(spec.commandLine().getOut()).deliver(result);
    return report.exitCode(result);
  }
}
