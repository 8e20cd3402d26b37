package dev.reviewbot.cli;

import dev.reviewbot.engine.RuleDescriptor;
import dev.reviewbot.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the available rules: id, default severity, summary.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = RuleRegistry.builtIn();
    int width = registry.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
    for (RuleDescriptor rule : registry.all()) {
      out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.info().severity().id(), rule.info().summary());
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
