package dev.reviewbot.rules.change;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a method no longer checks, the question a reviewer would ask, and what to do. */
final class RemovedGuardMessage {
  private static final int QUOTED = 2;

  private RemovedGuardMessage() {}

  static String of(MethodBody head, List<GuardRemovals.Removal> removed) {
    Set<String> variables = new LinkedHashSet<>();
    removed.forEach(r -> variables.addAll(r.guard().variables()));
    List<String> quotes =
        removed.stream().map(r -> "`" + r.guard().quote() + "`").distinct().toList();
    String gone =
        quotes.size() == 1
            ? quotes.get(0) + " is gone"
            : String.join(", ", quotes.subList(0, Math.min(QUOTED, quotes.size())))
                + (quotes.size() > QUOTED
                    ? " and " + (quotes.size() - QUOTED) + " more checks are gone"
                    : " are gone");
    List<String> questions = removed.stream().map(r -> r.guard().question()).distinct().toList();
    String checked =
        variables.isEmpty()
            ? "its state"
            : variables.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    String kept =
        removed.stream()
            .filter(r -> r.use() != null && r.use().fate() == NullHandling.Fate.KEPT)
            .findFirst()
            .map(r -> " It now goes on unchecked into `" + Guards.shorten(r.use().where()) + "`.")
            .orElse("");
    return "`"
        + head.display()
        + "` no longer checks "
        + checked
        + ": "
        + gone
        + " and nothing in the method checks "
        + (variables.size() > 1 || removed.size() > 1 ? "that" : "it")
        + " instead. What happens now "
        + String.join(", or ", questions.subList(0, Math.min(QUOTED, questions.size())))
        + "?"
        + kept
        + " Keep the check, or add a test that shows the new behaviour is intended.";
  }
}
