package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.Review;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.review.SummarySection;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.GitChangeSource;
import dev.reviewbot.suppress.Baselined;
import java.util.Optional;
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
      Optional<CoverageOptions> coverageOptions =
          coverage.options(config.section(CoverageOptions.SECTION));
      ChangeSet change = source.read(base, headMode());
      Optional<PatchCoverage> measured =
          CoverageFlags.measure(change, source.workTree(), coverageOptions, config);
      Baselined baselined =
          baseline.apply(
              new Review(registry, config)
                  .run(change, PatchCoverage.attachments(measured))
                  .withNotices(PatchCoverage.problemsOf(measured)),
              config);
      ReviewOutcome outcome = baselined.outcome();
      bundle.writeIfAsked(
          outcome,
          config,
          measured.map(m -> new SummarySection("Patch coverage", m.toMarkdownTable())).stream()
              .toList());
      int exitCode =
          ReportWriter.write(baselined, config, registry, report, spec.commandLine().getOut());
      CoverageFlags.appendSummary(measured, report, spec.commandLine().getOut());
      return exitCode;
    }
  }

  private GitChangeSource.Head headMode() {
    if (head.ref != null) {
      return GitChangeSource.Head.commit(head.ref);
    }
    return head.staged ? GitChangeSource.Head.index() : GitChangeSource.Head.workingTree();
  }
}
