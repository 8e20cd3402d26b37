package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.GitChangeSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin ReportOptions report;

  @Mixin CoverageFlags coverage;

  @Mixin BundleOptions bundle;

  @Mixin PluginOptions plugins;

  @Mixin RepositoryOption repo;

  @Mixin BaselineOptions baseline;

  @Option(
      names = "--base",
      paramLabel = "REF",
      description = "Base revision; the change starts at its merge-base with the head.")
  String base;

  @ArgGroup(exclusive = true)
  HeadChoice head = new HeadChoice();

  static final class HeadChoice {
    @Option(
        names = "--head",
        paramLabel = "REF",
        description = "Review up to this commit instead of the working tree.")
    String ref;

    @Option(
        names = "--staged",
        description =
            "Review the index (what 'git commit' would commit) instead of the working tree.")
    boolean staged;
  }

  @Option(
      names = "--filter-mode",
      paramLabel = "MODE",
      description =
          "Which findings to show: added (on added or modified lines), diff_context, file, nofilter (default: the config's, else added).")
  String filterMode;

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = plugins.registry();
    try (GitChangeSource source = GitChangeSource.open(repo.dir())) {
      ReviewConfig config = report.loadConfig(registry, source.workTree());
      if (filterMode != null) {
        config = config.toBuilder().filterMode(FilterMode.parse(filterMode)).build();
      }
      ReviewPipeline pipeline =
          baseline.applyTo(
              coverage.enrich(new ReviewPipeline(registry, config), config, source.workTree()));
      ReviewResult result = pipeline.run(source.read(base, headMode()));
      ReviewSink.all(bundle, report.sink(spec.commandLine().getOut())).deliver(result);
      return report.exitCode(result);
    }
  }

  private GitChangeSource.Head headMode() {
    if (head.ref != null) {
      return GitChangeSource.Head.commit(head.ref);
    }
    return head.staged ? GitChangeSource.Head.index() : GitChangeSource.Head.workingTree();
  }
}
