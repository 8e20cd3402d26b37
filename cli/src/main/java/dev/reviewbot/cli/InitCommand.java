package dev.reviewbot.cli;

import dev.reviewbot.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Writes a commented starter "
            + ConfigLoader.FILE_NAME
            + " that editors check against reviewbot's JSON Schema.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PluginOptions plugins;

  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      description = "Where to write it (default: current directory).")
  Path repo = Path.of("");

  @Option(names = "--force", description = "Overwrite an existing " + ConfigLoader.FILE_NAME + ".")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Path file = repo.toAbsolutePath().normalize().resolve(ConfigLoader.FILE_NAME);
    if (Files.exists(file) && !force) {
      throw new UserError(file + " exists; use --force to overwrite it");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, StarterConfig.render(plugins.registry()), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("wrote " + file);
    spec.commandLine().getOut().flush();
    return ExitCode.CLEAN;
  }
}
