package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.fix.FileFixes;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Applies the fixes of the change's findings to the working tree: the change 'check' would review, "
          + "with the same --base, --head, --staged and --filter-mode.",
      "Only files without uncommitted changes are touched (unless --force), so 'git diff' shows what changed "
          + "and 'git checkout' undoes it."
    })
final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ChangeOptions change;

  @Mixin PluginOptions plugins;

  @Mixin RepositoryOption repo;

  @Mixin BaselineOptions baseline;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: .reviewbot.yml at the repository root, if present).")
  Path config;

  @Option(names = "--dry-run", description = "Print the fixes as a unified diff; change nothing.")
  boolean dryRun;

  @Option(
      names = "--force",
      description = "Also fix files that have uncommitted changes (staged, modified or untracked).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = plugins.registry();
    try (GitChangeSource source = GitChangeSource.open(repo.dir())) {
      ReviewOutcome outcome = review(source, registry);
      WorkingTreeFixes tree =
          new WorkingTreeFixes(
              source.workTree(), spec.commandLine().getOut(), spec.commandLine().getErr());
      return tree.apply(FileFixes.of(outcome), dryRun, force);
    }
  }

  /** The review, as {@code check} runs it; coverage is left out, as it brings no fixes. */
  private ReviewOutcome review(GitChangeSource source, RuleRegistry registry)
      throws ChangeSourceException {
    ReviewConfig loaded =
        config != null
            ? ReportOptions.configLoader(registry).load(config)
            : ReportOptions.configLoader(registry).loadFromRepository(source.workTree());
    ReviewConfig reviewConfig = change.withFilterMode(loaded);
    ChangeSet changeSet = source.read(change.base, change.headMode());
    return baseline.applyTo(new ReviewPipeline(registry, reviewConfig)).run(changeSet).outcome();
  }
}
