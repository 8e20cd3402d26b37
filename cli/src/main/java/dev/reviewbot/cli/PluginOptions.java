package dev.reviewbot.cli;

import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --plugin JAR}, shared by {@code check}, {@code scan} and {@code rules}. */
final class PluginOptions {
  @Option(
      names = "--plugin",
      paramLabel = "JAR",
      description =
          "Also run the rules of this plugin jar (repeatable); adds to the configuration's plugins:.")
  List<Path> plugins = new ArrayList<>();

  /**
   * The built-in rules plus those of the {@code --plugin} jars. The plugins' class loaders stay
   * open until the process exits, since their rules run until then.
   *
   * @throws dev.reviewbot.plugin.PluginException naming a jar that cannot be used
   * @throws IllegalArgumentException naming both origins when two rules share an id
   */
  RuleRegistry registry() {
    RuleRegistry builtIn = RuleRegistry.builtIn();
    return plugins.isEmpty() ? builtIn : builtIn.plus(new PluginLoader().loadAll(plugins));
  }
}
