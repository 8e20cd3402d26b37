package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ConfigSchema;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The committed schema of .reviewbot.yml is what 'reviewbot schema' prints, and the README's
 * example passes it.
 */
class ConfigSchemaFileTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path COMMITTED = ROOT.resolve(ConfigSchema.FILE);

  @Test
  void theCommittedSchemaIsUpToDate() throws IOException {
    CliRun run = CliRun.of("schema");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(
            Files.exists(COMMITTED)
                ? Files.readString(COMMITTED, StandardCharsets.UTF_8)
                : "(missing)")
        .as(
            "%s is out of date; regenerate it with: %s",
            ConfigSchema.FILE, SchemaCommand.REGENERATE)
        .isEqualTo(run.out());
  }

  @Test
  void theSchemaCoversEveryBuiltInRuleAndEveryKeyOfTheCommandLinesConfiguration()
      throws IOException {
    var schema = new ObjectMapper().readTree(COMMITTED.toFile());
    ConfigLoader loader = ReportOptions.configLoader(RuleRegistry.builtIn());

    assertThat(schema.get("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(loader.knownKeys());
    assertThat(schema.at("/properties/rules/properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(
            RuleRegistry.builtIn().all().stream().map(r -> r.id()).toList());
  }

  @Test
  void theReadmesConfigurationExamplePassesTheSchemaAndTheLoader() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher example =
        Pattern.compile("(?s)## Configuration: `\\.reviewbot\\.yml`.*?```yaml\\n(.*?)```")
            .matcher(readme);
    assertThat(example.find()).as("the README's .reviewbot.yml example").isTrue();
    String yaml = example.group(1);

    assertThat(errors(yaml)).isEmpty();
    ReportOptions.configLoader(RuleRegistry.builtIn()).parse(yaml, "README.md");
    assertThat(yaml).contains("# yaml-language-server: $schema=" + ConfigSchema.URL);
  }

  /** What an editor checking {@code yaml} against the committed schema would underline. */
  static List<String> errors(String yaml) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8), InputFormat.JSON);
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return schema
        .validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON)
        .stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .toList();
  }
}
