package dev.reviewbot.cli;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.RuleDescriptor;
import dev.reviewbot.engine.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists the available rules: id, default severity, summary, and where a rule comes from unless built in.",
        "Includes the rules of --plugin jars and those the configuration adds (plugins: and banned:)."})
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  PluginOptions plugins;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .reviewbot.yml in the current directory, if present).")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = rules();
    int width = registry.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
    for (RuleDescriptor rule : registry.all()) {
      String origin = rule.originLabel();
      out.printf("%-" + width + "s  %-7s  %s%s%n", rule.id(), rule.info().severity().id(), rule.info().summary(),
          origin.isEmpty() ? "" : "  (" + origin + ")");
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  private RuleRegistry rules() {
    RuleRegistry registry = plugins.registry();
    ConfigLoader loader = ReportOptions.configLoader(registry);
    ReviewConfig loaded = config != null ? loader.load(config) : loader.loadFromRepository(Path.of("").toAbsolutePath());
    return loaded.registry(registry);
  }
}
