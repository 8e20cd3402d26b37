package dev.reviewbot.docs;

import dev.reviewbot.engine.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the rule documentation: {@code rule-docs/rules/<id>.md} for every built-in rule and
 * {@code rule-docs/rules/README.md}, from each rule's {@code @RuleInfo} and options, its notes
 * ({@code rules/src/main/resources/rule-notes/<id>.md}) and the examples marked in its fixtures.
 * The pages are committed; {@code RuleDocsTest} fails when they are stale.
 *
 * <p>Run from the repository root: {@value #COMMAND}, or {@code main} with the repository root as
 * its argument.
 */
public final class RuleDocsGenerator {
  /** The command that regenerates the pages, named in every page and in the staleness test. */
  public static final String COMMAND = "mvn -q -pl rule-docs compile exec:java";
  static final String PAGES = "rule-docs/rules";
  static final String FIXTURES = "rules/src/test/resources/fixtures";

  private RuleDocsGenerator() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve(FIXTURES))) {
      System.err.println("not the reviewbot repository root (no " + FIXTURES + "): " + root);
      System.exit(2);
    }
    Map<String, String> pages = render(root);
    write(root.resolve(PAGES), pages);
    System.out.println("wrote " + pages.size() + " pages to " + root.resolve(PAGES));
  }

  /** The pages for the built-in rules, in memory. */
  static Map<String, String> render(Path root) {
    return new RuleDocs(RuleRegistry.builtIn(), root.resolve(FIXTURES), RuleDocsGenerator.class.getClassLoader()).render();
  }

  private static void write(Path dir, Map<String, String> pages) {
    try {
      Files.createDirectories(dir);
      try (var existing = Files.list(dir)) {
        for (Path stale : existing.filter(p -> p.toString().endsWith(".md") && !pages.containsKey(p.getFileName().toString())).toList()) {
          Files.delete(stale); // a page of a rule that no longer exists
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rule pages to " + dir, e);
    }
  }
}
