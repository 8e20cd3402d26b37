package dev.reviewbot.maven.internal;

import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.ReviewOutcome;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code failOn} parameter: a severity, or {@code none} so a build only writes the reports.
 *
 * @param severity the lowest severity that fails the build; empty for {@code none}
 */
public record FailLevel(Optional<Severity> severity) {
  public static final FailLevel NONE = new FailLevel(Optional.empty());

  /**
   * @param text {@code info}, {@code warning}, {@code error} or {@code none} (any case); {@code
   *     null} for the configuration's level
   * @throws IllegalArgumentException naming the valid values
   */
  public static FailLevel parse(String text, Severity configured) {
    if (text == null || text.isBlank()) {
      return new FailLevel(Optional.of(configured));
    }
    if (text.trim().toLowerCase(Locale.ROOT).equals("none")) {
      return NONE;
    }
    try {
      return new FailLevel(Optional.of(Severity.parse(text)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "failOn: expected one of info, warning, error, none but was '" + text + "'", e);
    }
  }

  public boolean fails(ReviewOutcome outcome) {
    return severity.map(outcome::failsAt).orElse(false);
  }

  public String id() {
    return severity.map(Severity::id).orElse("none");
  }
}
