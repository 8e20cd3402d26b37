package dev.reviewbot.docs;

import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the rule pages in memory: {@code <id>.md} for every rule plus a {@code README.md} index,
 * keyed by file name. Reports every rule that lacks what its page needs instead of rendering a
 * partial page.
 */
final class RulePages {
  private final RuleRegistry registry;
  private final Path fixtures;
  private final ClassLoader notesLoader;
  private final DocSource source;

  /**
   * @param fixtures the rules module's {@code src/test/resources/fixtures} directory
   * @param notesLoader where {@code rule-notes/<id>.md} are found (the rules module's class path)
   */
  RulePages(RuleRegistry registry, Path fixtures, ClassLoader notesLoader) {
    this(registry, fixtures, notesLoader, DocSource.BUILT_IN);
  }

  /** Pages whose index and footers name {@code source}, e.g. a plugin's. */
  RulePages(RuleRegistry registry, Path fixtures, ClassLoader notesLoader, DocSource source) {
    this.registry = registry;
    this.fixtures = fixtures;
    this.notesLoader = notesLoader;
    this.source = source;
  }

  /**
   * What each rule lacks for its page: notes, a "Why it matters", examples; empty when all is
   * there.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor rule : registry.all()) {
      String id = rule.id();
      var notes = RuleNotes.load(id, notesLoader);
      if (notes.isEmpty()) {
        problems.add(id + ": no notes at " + source.notesDir() + "/" + id + ".md");
      } else if (notes.get().section(RuleNotes.WHY).isEmpty()) {
        problems.add(id + ": its notes have no '## " + RuleNotes.WHY + "' section");
      }
      if (rule.isChangeRule()) {
        if (notes.isPresent() && notes.get().section(RuleNotes.EXAMPLE).isEmpty()) {
          problems.add(
              id + ": a change rule needs an '## " + RuleNotes.EXAMPLE + "' section in its notes");
        }
        continue;
      }
      FixtureExamples examples = FixtureExamples.read(fixtures.resolve(id));
      if (examples.noncompliant().isEmpty()) {
        problems.add(
            id
                + ": no '// doc:noncompliant' ... '// doc:end' region in fixtures/"
                + id
                + "/*.java");
      }
      if (examples.compliant().isEmpty()) {
        problems.add(
            id + ": no '// doc:compliant' ... '// doc:end' region in fixtures/" + id + "/*.java");
      }
    }
    return problems;
  }

  /** File name to content, for every rule and the index. */
  Map<String, String> render() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "cannot document every rule:\n  " + String.join("\n  ", problems));
    }
    Map<String, String> pages = new TreeMap<>();
    for (RuleDescriptor rule : registry.all()) {
      pages.put(
          rule.id() + ".md",
          RulePage.render(
              rule,
              RuleNotes.load(rule.id(), notesLoader).orElseThrow(),
              FixtureExamples.read(fixtures.resolve(rule.id())),
              source));
    }
    pages.put("README.md", index());
    return pages;
  }

  private String index() {
    StringBuilder index =
        new StringBuilder("# ")
            .append(source.title())
            .append("\n\n")
            .append(source.intro())
            .append("\n\n")
            .append("| Rule | Severity | Scope | What it finds |\n|---|---|---|---|\n");
    for (RuleDescriptor rule : registry.all()) {
      index
          .append("| [")
          .append(rule.id())
          .append("](")
          .append(rule.id())
          .append(".md) | ")
          .append(rule.info().severity().id())
          .append(" | ")
          .append(rule.isChangeRule() ? "change" : "Java")
          .append(" | ")
          .append(rule.info().summary().replace("|", "\\|"))
          .append(" |\n");
    }
    index
        .append(
            "\nSuppress a Java rule's finding with `@SuppressWarnings(\"reviewbot:<rule-id>\")` on a declaration ")
        .append(
            "or a trailing `// reviewbot:ignore <rule-id>` on its line; configure any rule under `rules:` in ")
        .append("`.reviewbot.yml`.\n\n")
        .append("---\n\n*Generated; do not edit: run `")
        .append(source.command())
        .append("`.*\n");
    return index.toString();
  }
}
