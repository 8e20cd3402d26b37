package dev.reviewbot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed pages of the example plugin (rule-docs/example-plugin/) are what the generator
 * makes from the built plugin jar, as a plugin author would run it.
 */
class ExamplePluginDocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** Copied by maven-dependency-plugin; deliberately not on the test class path. */
  private static final Path JAR = Path.of("target/plugins/house-rules.jar").toAbsolutePath();

  private static final Path PAGES = ROOT.resolve("rule-docs/example-plugin");
  private static final String FIXTURES = "fixtures/example-plugin/src/test/resources/fixtures";
  private static final String UPDATE = "reviewbot.updateDocs";
  private static final DocSource SOURCE =
      DocSource.plugin(
          "house-rules.jar",
          "fixtures/example-plugin/src/main/resources/rule-notes",
          FIXTURES,
          "mvn -pl rule-docs -am test -Dtest=ExamplePluginDocsTest -Dsurefire.failIfNoSpecifiedTests=false -D"
              + UPDATE
              + "=true");

  @Test
  void committedPagesOfTheExamplePluginAreUpToDate() throws IOException {
    Map<String, String> expected =
        RuleDocsGenerator.renderPlugin(JAR, ROOT.resolve(FIXTURES), SOURCE);
    assertThat(expected).containsKeys("README.md", "house-secured-endpoints.md");
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(PAGES);
      for (Map.Entry<String, String> page : expected.entrySet()) {
        Files.writeString(PAGES.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : expected.entrySet()) {
      Path file = PAGES.resolve(page.getKey());
      if (!Files.exists(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        stale.add(page.getKey());
      }
    }
    assertThat(stale)
        .as(
            "example plugin pages in %s out of date; regenerate them with: %s",
            PAGES, SOURCE.command())
        .isEmpty();
  }

  @Test
  void thePageShowsThePluginsOptionsExamplesAndNotes() throws IOException {
    String page =
        Files.readString(PAGES.resolve("house-secured-endpoints.md"), StandardCharsets.UTF_8);

    assertThat(page)
        .startsWith(
            "# house-secured-endpoints\n\n> Controller endpoints must say who may call them")
        .contains(
            "| Severity | error |",
            "| Test code | not checked |",
            "| `authorization` | list of strings |",
            "## Why it matters",
            "## Noncompliant",
            "List<String> all() { return List.of(); }",
            "## Compliant",
            "@PreAuthorize(\"hasRole('CLERK')\")",
            "## Known limitations",
            "reviewbot:house-secured-endpoints")
        .doesNotContain("// expect:", "// doc:");
  }

  @Test
  void theGeneratorWritesAPluginsPagesFromTheCommandLine(@TempDir Path out) throws IOException {
    RuleDocsGenerator.main(
        new String[] {
          "--plugin",
          JAR.toString(),
          "--fixtures",
          ROOT.resolve(FIXTURES).toString(),
          "--out",
          out.toString()
        });

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("README.md", "house-secured-endpoints.md");
    }
    assertThat(Files.readString(out.resolve("README.md")))
        .startsWith("# Rules of house-rules.jar\n\n")
        .contains("| [house-secured-endpoints](house-secured-endpoints.md) | error | Java |");
  }
}
