package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.registry.RuleRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The generated schema knows what the loader knows, and an editor checking against it agrees with
 * the loader.
 */
class ConfigSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConfigLoader loader =
      new ConfigLoader(
              RuleRegistry.ofClasses(
                  ConfigLoaderTest.ArgumentCount.class, ConfigLoaderTest.SharedState.class))
          .withSection(CoverageOptions.SECTION)
          .withSection(BaselineSetting.SECTION);
  private final JsonNode schema = readSchema();

  private JsonNode readSchema() {
    try {
      return JSON.readTree(ConfigSchema.render(loader));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hasEveryTopLevelKeyTheLoaderAcceptsAndNoOther() {
    assertThat(schema.get("properties").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrderElementsOf(loader.knownKeys());
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void describesEveryRuleWithTheReservedKeysAndItsOptions() {
    JsonNode rule = schema.at("/properties/rules/properties/argument-count");

    assertThat(rule.get("description").asText()).startsWith("Too many parameters");
    assertThat(rule.get("properties").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("enabled", "severity", "tests", "channel", "max", "ignore");
    assertThat(rule.at("/properties/max/type").asText()).isEqualTo("integer");
    assertThat(rule.at("/properties/max/minimum").asInt()).isEqualTo(0);
    assertThat(rule.at("/properties/max/default").asInt()).isEqualTo(5);
    assertThat(rule.at("/properties/max/description").asText())
        .isEqualTo("Most parameters allowed");
    assertThat(rule.at("/properties/tests/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("skip", "lower", "same", "summary");
    assertThat(rule.at("/properties/channel/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("inline", "summary");
    assertThat(schema.at("/properties/coverage/properties/min-patch-coverage/default").asDouble())
        .isEqualTo(80.0);
  }

  @Test
  void rendersTheSameTextEveryTime() {
    assertThat(ConfigSchema.render(loader))
        .isEqualTo(ConfigSchema.render(loader))
        .endsWith("}\n")
        .doesNotContain(" : ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "every kind of key        | true  | filter-mode: file\\nfail-on: error\\ninclude: '**/*.java'\\nexclude: [a/**]\\nrules:\\n  argument-count:\\n    max: 6\\n    tests: summary\\n    channel: inline\\n    ignore: equals\\ncoverage:\\n  reports: [a.xml]\\n  min-patch-coverage: 70\\nbaseline: b.json\\nbanned:\\n  - {id: no-date, message: m, severity: info, types: [java.util.Date]}",
        "a rule a file declares   | true  | rules:\\n  no-date:\\n    severity: error\\nbanned:\\n  - {id: no-date, message: m, severity: info, types: [java.util.Date]}",
        "misspelt top-level key   | false | fial-on: error",
        "misspelt option          | false | rules:\\n  argument-count:\\n    maxx: 3",
        "option of the wrong type | false | rules:\\n  argument-count:\\n    max: six",
        "bad tests policy         | false | rules:\\n  argument-count:\\n    tests: ignore",
        "ban without message      | false | banned:\\n  - {id: no-date, severity: info, types: [java.util.Date]}",
        "misspelt coverage key    | false | coverage:\\n  report: a.xml",
      })
  void anEditorAgreesWithTheLoader(String name, boolean valid, String yaml) throws Exception {
    Schema checker =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(ConfigSchema.render(loader), InputFormat.JSON);
    Object document =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.replace("\\n", "\n"));

    List<?> errors = checker.validate(JSON.writeValueAsString(document), InputFormat.JSON);

    assertThat(errors.isEmpty()).as("schema errors %s", errors).isEqualTo(valid);
    if (valid) {
      loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml");
    }
  }
}
