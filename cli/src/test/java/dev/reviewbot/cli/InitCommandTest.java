package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ConfigSchema;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 'reviewbot init' writes a starter configuration that changes nothing, names its schema, and never
 * overwrites by surprise.
 */
class InitCommandTest {
  @TempDir Path dir;

  private Path config() {
    return dir.resolve(ConfigLoader.FILE_NAME);
  }

  @Test
  void writesACommentedStarterThatNamesTheSchemaAndEveryRule() throws IOException {
    CliRun run = CliRun.of("init", "-C", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    String text = Files.readString(config(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("# yaml-language-server: $schema=" + ConfigSchema.URL + "\n");
    RuleRegistry.builtIn()
        .all()
        .forEach(rule -> assertThat(text).contains("  # " + rule.id() + ":"));
    assertThat(text).contains("#   max: 5  # Most parameters a method may take");
  }

  @Test
  void theStarterLoadsAsTheDefaultsAndPassesTheSchema() throws IOException {
    CliRun.of("init", "-C", dir.toString());
    String text = Files.readString(config(), StandardCharsets.UTF_8);

    ReviewConfig loaded = ReportOptions.configLoader(RuleRegistry.builtIn()).load(config());
    assertThat(loaded.filterMode()).isEqualTo(ReviewConfig.defaults().filterMode());
    assertThat(loaded.failOn()).isEqualTo(ReviewConfig.defaults().failOn());
    assertThat(loaded.rules()).isEmpty();
    assertThat(ConfigSchemaFileTest.errors(text)).isEmpty();
  }

  @Test
  void uncommentingARulesOptionGivesAValidConfiguration() throws IOException {
    CliRun.of("init", "-C", dir.toString());
    String text =
        Files.readString(config(), StandardCharsets.UTF_8)
            .replace("  # argument-count:", "  argument-count:")
            .replace("  #   max: 5", "    max: 5");

    assertThat(ConfigSchemaFileTest.errors(text)).isEmpty();
    Files.writeString(config(), text, StandardCharsets.UTF_8);
    assertThat(
            ReportOptions.configLoader(RuleRegistry.builtIn())
                .load(config())
                .rule("argument-count")
                .options())
        .containsEntry("max", 5);
  }

  @ParameterizedTest(name = "--force given: {0}")
  @CsvSource({"false", "true"})
  void anExistingConfigurationIsOverwrittenOnlyWithForce(boolean force) throws IOException {
    Files.writeString(config(), "fail-on: error\n", StandardCharsets.UTF_8);

    CliRun run =
        force
            ? CliRun.of("init", "-C", dir.toString(), "--force")
            : CliRun.of("init", "-C", dir.toString());

    assertThat(run.exitCode()).isEqualTo(force ? ExitCode.CLEAN : ExitCode.USAGE);
    String text = Files.readString(config(), StandardCharsets.UTF_8);
    if (force) {
      assertThat(text).contains("$schema=");
    } else {
      assertThat(text).isEqualTo("fail-on: error\n");
      assertThat(run.err()).contains(config() + " exists; use --force to overwrite it");
    }
  }
}
