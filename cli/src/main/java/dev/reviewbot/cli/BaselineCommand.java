package dev.reviewbot.cli;

import dev.reviewbot.baseline.Baseline;
import dev.reviewbot.baseline.BaselineFile;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.PathScanSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Records today's findings (a scan of whole files) so that check and scan with --baseline, or "
          + "baseline: in .reviewbot.yml, report only new ones.",
      "The file is sorted, one finding a line, with no line numbers: findings stay baselined when lines move."
    })
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PluginOptions plugins;

  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      description =
          "Repository whose configuration applies and where paths start (default: current directory).")
  Path repo = Path.of("");

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: .reviewbot.yml in the repository, if present).")
  Path config;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the baseline (default: "
              + BaselineFile.DEFAULT_NAME
              + " in the repository).")
  Path output;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or directories to scan (default: the repository).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = plugins.registry();
    Path root = repo.toAbsolutePath().normalize();
    ConfigLoader loader = ReportOptions.configLoader(registry);
    ReviewConfig loaded = config != null ? loader.load(config) : loader.loadFromRepository(root);
    ReviewOutcome outcome =
        new ReviewPipeline(registry, loaded.toBuilder().filterMode(FilterMode.NOFILTER).build())
            .withoutBaseline()
            .run(new PathScanSource(root).scan(paths))
            .outcome();
    Baseline baseline = Baseline.of(outcome.analysis().findings());
    Path file = output != null ? output : root.resolve(BaselineFile.DEFAULT_NAME);
    BaselineFile.write(baseline, file);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "reviewbot: recorded "
            + baseline.entries().size()
            + " finding(s) of "
            + outcome.analysis().filesAnalyzed()
            + " file(s) in "
            + file);
    outcome.analysis().notices().forEach(notice -> out.println("reviewbot: notice: " + notice));
    out.flush();
    return ExitCode.CLEAN;
  }
}
