package dev.reviewbot.maven.internal;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules and configuration of one run, as the command line loads them: the built-in rules, the
 * {@code plugins} jars, and {@code .reviewbot.yml} with its {@code coverage:} section and its own
 * {@code plugins:}. Closing it closes the plugin jars' class loaders, which a long-lived Maven
 * process would otherwise keep.
 */
public final class RuleSetup implements AutoCloseable {
  private final PluginLoader plugins = new PluginLoader();
  private final RuleRegistry registry;

  /**
   * @throws dev.reviewbot.plugin.PluginException naming a jar that cannot be used
   */
  public RuleSetup(List<Path> pluginJars) {
    RuleRegistry builtIn = RuleRegistry.builtIn();
    this.registry = pluginJars.isEmpty() ? builtIn : builtIn.plus(plugins.loadAll(pluginJars));
  }

  public RuleRegistry registry() {
    return registry;
  }

  /**
   * @param file the {@code config} parameter; {@code null} for {@code .reviewbot.yml} under {@code
   *     root}, if present
   * @throws dev.reviewbot.config.ConfigException naming the file, line and key of a mistake
   */
  public ReviewConfig config(Path file, Path root) {
    ConfigLoader loader =
        new ConfigLoader(registry).withSection(CoverageOptions.SECTION).loadingPlugins(plugins);
    return file != null ? loader.load(file) : loader.loadFromRepository(root);
  }

  @Override
  public void close() {
    plugins.close();
  }
}
