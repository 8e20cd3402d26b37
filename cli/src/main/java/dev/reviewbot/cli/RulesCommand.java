package dev.reviewbot.cli;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the available rules: id, severity, summary, and where a rule comes from unless built in.",
      "Includes the rules of --plugin jars and those the configuration adds (plugins: and banned:); the severity "
          + "column is the configuration's, 'off' for a rule it disables."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PluginOptions plugins;

  @Mixin RepositoryOption repo;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: .reviewbot.yml at the repository root, if present).")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry builtIn = plugins.registry();
    ReviewConfig loaded = configuration(builtIn);
    RuleRegistry registry = loaded.registry(builtIn);
    int width = registry.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
    for (RuleDescriptor rule : registry.all()) {
      String origin = rule.originLabel();
      out.printf(
          "%-" + width + "s  %-7s  %s%s%n",
          rule.id(),
          level(rule, loaded.rule(rule.id())),
          rule.info().summary(),
          origin.isEmpty() ? "" : "  (" + origin + ")");
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  /**
   * The severity check will use: the configuration's, else the rule's default; {@code off} when
   * disabled.
   */
  private static String level(RuleDescriptor rule, RuleSettings settings) {
    if (Boolean.FALSE.equals(settings.enabled())) {
      return "off";
    }
    return (settings.severity() != null ? settings.severity() : rule.info().severity()).id();
  }

  /**
   * As check reads it: from the repository root, so a rule it disables or a plugin it loads shows
   * here.
   */
  private ReviewConfig configuration(RuleRegistry registry) {
    ConfigLoader loader = ReportOptions.configLoader(registry);
    return config != null
        ? loader.load(repo.resolve(config))
        : loader.loadFromRepository(repo.root());
  }
}
