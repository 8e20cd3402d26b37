package dev.reviewbot.rules.change;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedFileSummary;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The identifiers the change's changed test files use: what those tests may exercise. */
final class TestMentions {
  private final Set<String> names;

  private TestMentions(Set<String> names) {
    this.names = names;
  }

  static TestMentions of(ChangeContext ctx) {
    Set<String> names = new HashSet<>();
    for (ChangedFileSummary file : ctx.files()) {
      if (file.testCode() && file.isJava() && file.kind() != ChangeKind.MODE_CHANGED) {
        Optional<CompilationUnit> unit =
            file.kind() == ChangeKind.DELETED
                ? ctx.baseCompilationUnit(file.path())
                : ctx.headCompilationUnit(file.path());
        unit.flatMap(CompilationUnit::getTokenRange)
            .ifPresent(
                range -> {
                  for (JavaToken token : range) {
                    if (token.getCategory() == JavaToken.Category.IDENTIFIER) {
                      names.add(token.getText());
                    }
                  }
                });
      }
    }
    return new TestMentions(names);
  }

  /** The first of {@code candidates} a changed test mentions, if any. */
  Optional<String> anyOf(Iterable<String> candidates) {
    for (String name : candidates) {
      if (names.contains(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
