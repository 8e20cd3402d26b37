package dev.reviewbot.docs;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleDescriptor;
import java.util.List;
import java.util.stream.Collectors;

/** One rule's page: metadata, why it matters, options, examples, suppression. */
final class RulePage {
  private RulePage() {}

  static String render(RuleDescriptor rule, RuleNotes notes, FixtureExamples examples) {
    return render(rule, notes, examples, DocSource.BUILT_IN);
  }

  static String render(
      RuleDescriptor rule, RuleNotes notes, FixtureExamples examples, DocSource source) {
    RuleInfo info = rule.info();
    StringBuilder page = new StringBuilder();
    page.append("# ")
        .append(rule.id())
        .append("\n\n")
        .append("> ")
        .append(info.summary())
        .append("\n\n")
        .append("| | |\n|---|---|\n")
        .append("| Severity | ")
        .append(info.severity().id())
        .append(" |\n")
        .append("| Tags | ")
        .append(String.join(", ", info.tags()))
        .append(" |\n")
        .append("| Since | ")
        .append(info.since())
        .append(" |\n")
        .append("| Test code | ")
        .append(testCode(info))
        .append(" |\n")
        .append("| Posted as | ")
        .append(
            info.channel() == Channel.SUMMARY
                ? "lines of the summary comment"
                : "inline review comments on the lines concerned (what it marks as informational goes to the summary)")
        .append(" |\n")
        .append("| Scope | ")
        .append(
            rule.isChangeRule()
                ? "the change as a whole: run once per change, not in a plain scan"
                : "Java files: findings on the lines they concern")
        .append(" |\n\n");
    page.append("## Why it matters\n\n")
        .append(notes.section(RuleNotes.WHY).orElseThrow())
        .append("\n\n");
    notes
        .section(RuleNotes.TEST_CODE)
        .ifPresent(text -> page.append("## In test code\n\n").append(text).append("\n\n"));
    page.append("## Options\n\n").append(options(rule)).append('\n');
    if (rule.isChangeRule()) {
      page.append("## Example\n\n")
          .append(notes.section(RuleNotes.EXAMPLE).orElseThrow())
          .append("\n\n");
    } else {
      page.append("## Noncompliant\n\n```java\n")
          .append(examples.noncompliant().orElseThrow())
          .append("```\n\n")
          .append("## Compliant\n\n```java\n")
          .append(examples.compliant().orElseThrow())
          .append("```\n\n");
    }
    notes
        .section(RuleNotes.LIMITATIONS)
        .ifPresent(text -> page.append("## Known limitations\n\n").append(text).append("\n\n"));
    page.append("## Suppressing it\n\n").append(suppression(rule)).append('\n');
    page.append("---\n\n*Generated from the rule's metadata, `")
        .append(source.notesDir())
        .append('/')
        .append(rule.id())
        .append(".md`")
        .append(rule.isChangeRule() ? "" : " and `" + source.fixturesDir() + "/" + rule.id() + "/`")
        .append(". Do not edit: run `")
        .append(source.command())
        .append("`.*\n");
    return page.toString();
  }

  private static String testCode(RuleInfo info) {
    return switch (info.testCode()) {
      case SKIP -> "not checked";
      case LOWER -> "checked one severity lower";
      case SAME -> "checked at the same severity";
      case SUMMARY -> "checked one severity lower, and said in the summary, never inline";
    };
  }

  private static String options(RuleDescriptor rule) {
    if (rule.options().isEmpty()) {
      return "None beyond the keys every rule has in `.reviewbot.yml`: `enabled`, `severity`, `tests`, `channel`.\n";
    }
    StringBuilder table =
        new StringBuilder("| Option | Type | Default | Description |\n|---|---|---|---|\n");
    for (Option<?> option : rule.options()) {
      table
          .append("| `")
          .append(option.name())
          .append("` | ")
          .append(option.typeName())
          .append(" | ")
          .append(defaultValue(option.defaultValue()))
          .append(" | ")
          .append(MarkdownText.tableCellKeepingCode(option.description()))
          .append(" |\n");
    }
    Option<?> first = rule.options().get(0);
    table
        .append(
            "\nSet them in `.reviewbot.yml`, beside the keys every rule has (`enabled`, `severity`, `tests`, `channel`):\n\n")
        .append("```yaml\nrules:\n  ")
        .append(rule.id())
        .append(":\n    severity: ")
        .append(rule.info().severity().id())
        .append("\n    ")
        .append(first.name())
        .append(": ")
        .append(yaml(first.defaultValue()))
        .append("\n```\n");
    return table.toString();
  }

  private static String defaultValue(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty()
          ? "none"
          : list.stream()
              .map(v -> MarkdownText.tableCode(String.valueOf(v)))
              .collect(Collectors.joining(", "));
    }
    return MarkdownText.tableCode(String.valueOf(value));
  }

  private static String yaml(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static String suppression(RuleDescriptor rule) {
    if (rule.isChangeRule()) {
      return "Its findings are about the change, not a declaration, so there is nothing to annotate: change its "
          + "options, or turn the rule off for the repository in `.reviewbot.yml`:\n\n```yaml\nrules:\n  "
          + rule.id()
          + ":\n    enabled: false\n```\n";
    }
    return "On a declaration, for everything inside it:\n\n```java\n@SuppressWarnings(\"reviewbot:"
        + rule.id()
        + "\")\n```\n\n"
        + "On one line, as a trailing comment on the line the finding points at:\n\n```java\n// reviewbot:ignore "
        + rule.id()
        + "\n```\n\n`@SuppressWarnings(\"reviewbot\")` and a bare `// reviewbot:ignore` silence every rule.\n";
  }
}
