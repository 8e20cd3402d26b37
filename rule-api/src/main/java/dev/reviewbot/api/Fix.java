package dev.reviewbot.api;

import java.util.List;
import java.util.Objects;

/**
 * A change that resolves a finding, applied as a whole or not at all: by {@code reviewbot fix}, as
 * a suggestion on a pull request, or by an IDE reading SARIF. Attach one only where the right
 * change is mechanical and safe; where it needs judgement (a name, a design), give advice in {@link
 * Report#suggestion()} instead.
 *
 * @param description what the fix does, imperative and short, e.g. {@code "Restore the interrupt"}
 * @param edits the edits, none overlapping another
 */
@Experimental
public record Fix(String description, List<Edit> edits) {
  public Fix {
    Objects.requireNonNull(description, "description");
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
  }

  public static Fix of(String description, Edit... edits) {
    return new Fix(description, List.of(edits));
  }
}
