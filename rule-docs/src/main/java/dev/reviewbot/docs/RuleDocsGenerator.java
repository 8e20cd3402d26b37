package dev.reviewbot.docs;

import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rule documentation: {@code rule-docs/rules/<id>.md} for every built-in rule and {@code
 * rule-docs/rules/README.md}, from each rule's {@code @RuleInfo} and options, its notes ({@code
 * rules/src/main/resources/rule-notes/<id>.md}) and the examples marked in its fixtures. The pages
 * are committed; {@code RuleDocsTest} fails when they are stale.
 *
 * <p>Run from the repository root: {@value #COMMAND}, or {@code main} with the repository root as
 * its argument.
 *
 * <p>For a plugin's rules: {@code main --plugin house-rules.jar --fixtures
 * src/test/resources/fixtures --out docs/rules} writes the same pages for the rules of the jar,
 * from the notes it ships ({@code rule-notes/<id>.md} among its resources) and the examples marked
 * in its fixtures.
 */
public final class RuleDocsGenerator {
  /** The command that regenerates the pages, named in every page and in the staleness test. */
  public static final String COMMAND = "mvn -q -pl rule-docs compile exec:java";

  static final String PAGES = "rule-docs/rules";
  static final String FIXTURES = "rules/src/test/resources/fixtures";
  static final String PLUGIN = "--plugin";

  private RuleDocsGenerator() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(PLUGIN)) {
      mainForPlugin(args);
      return;
    }
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
    return new RulePages(
            RuleRegistry.builtIn(),
            root.resolve(FIXTURES),
            RuleDocsGenerator.class.getClassLoader())
        .render();
  }

  private static void mainForPlugin(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length != 6 || !options.keySet().equals(Set.of(PLUGIN, "--fixtures", "--out"))) {
      System.err.println("usage: RuleDocsGenerator --plugin JAR --fixtures DIR --out DIR");
      System.exit(2);
    }
    Path jar = Path.of(options.get(PLUGIN));
    Path fixtures = Path.of(options.get("--fixtures"));
    String command = "RuleDocsGenerator " + String.join(" ", args);
    Map<String, String> pages =
        renderPlugin(
            jar,
            fixtures,
            DocSource.plugin(
                jar.getFileName().toString(),
                "src/main/resources/rule-notes",
                fixtures.toString().replace('\\', '/'),
                command));
    Path out = Path.of(options.get("--out"));
    write(out, pages);
    System.out.println("wrote " + pages.size() + " pages to " + out.toAbsolutePath());
  }

  /**
   * The pages for the rules of plugin {@code jar}: its notes come from the jar, its examples from
   * {@code fixtures/<id>/*.java}.
   */
  static Map<String, String> renderPlugin(Path jar, Path fixtures, DocSource source) {
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry rules = loader.load(jar);
      ClassLoader notes = rules.all().get(0).type().getClassLoader();
      return new RulePages(rules, fixtures, notes, source).render();
    }
  }

  private static void write(Path dir, Map<String, String> pages) {
    try {
      Files.createDirectories(dir);
      try (var existing = Files.list(dir)) {
        for (Path stale :
            existing
                .filter(
                    p ->
                        p.toString().endsWith(".md")
                            && !pages.containsKey(p.getFileName().toString()))
                .toList()) {
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
