package dev.reviewbot.cli;

import dev.reviewbot.config.ConfigSchema;
import java.io.PrintWriter;
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
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of .reviewbot.yml: every key, every rule and its options, for editors.",
      "The built-in rules' schema is committed as "
          + ConfigSchema.FILE
          + "; regenerate it with "
          + "'./reviewbot schema -o "
          + ConfigSchema.FILE
          + "'. With --plugin, the plugin's rules are in it too."
    })
final class SchemaCommand implements Callable<Integer> {
  /** How to rewrite the committed schema, for the test that finds it stale. */
  static final String REGENERATE = "./reviewbot schema -o " + ConfigSchema.FILE;

  @Spec CommandSpec spec;

  @Mixin PluginOptions plugins;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the schema to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    String schema = ConfigSchema.render(ReportOptions.configLoader(plugins.registry()));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(schema);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, schema, StandardCharsets.UTF_8);
    }
    return ExitCode.CLEAN;
  }
}
