package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.GitChangeSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reviews the change between a base and a head of the current git repository.",
      "The head is the working tree unless --head or --staged is given; the base is the merge-base of --base "
          + "(default: the remote's default branch: origin/HEAD, else origin/main or origin/master, else main or master) and the head."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ChangeOptions change;

  @Mixin ReportOptions report;

  @Mixin CoverageFlags coverage;

  @Mixin BundleOptions bundle;

  @Mixin PluginOptions plugins;

  @Mixin RepositoryOption repo;

  @Mixin BaselineOptions baseline;

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = plugins.registry();
    try (GitChangeSource source = GitChangeSource.open(repo.dir())) {
      ReviewConfig config = change.withFilterMode(report.loadConfig(registry, source.workTree()));
      ReviewPipeline pipeline =
          baseline.applyTo(
              coverage.enrich(new ReviewPipeline(registry, config), config, source.workTree()));
      ReviewResult result = pipeline.run(source.read(change.base, change.headMode()));
      ReviewSink.all(bundle, report.sink(spec.commandLine().getOut())).deliver(result);
      return report.exitCode(result);
    }
  }
}
