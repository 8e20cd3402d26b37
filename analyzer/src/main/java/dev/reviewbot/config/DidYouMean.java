package dev.reviewbot.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known name an unknown one most likely meant: a typo ({@code fial-on}), another case ({@code
 * Fail-On}) or separator ({@code filter_mode}) of it. Names too far from every known one get no
 * suggestion, so a message never guesses wildly.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The nearest of {@code known} to {@code given}, if it is near enough to be a slip. */
  public static Optional<String> nearest(String given, Collection<String> known) {
    String typed = normalize(given);
    LevenshteinDistance distance = new LevenshteinDistance(allowedEdits(typed));
    return known.stream()
        .filter(name -> !name.equals(given))
        .map(name -> new Candidate(name, distance.apply(typed, normalize(name))))
        .filter(candidate -> candidate.edits() >= 0)
        .min(Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::name))
        .map(Candidate::name);
  }

  /** {@code " (did you mean 'fail-on'?)"}, or empty when nothing is near. */
  public static String hint(String given, Collection<String> known) {
    return nearest(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  /**
   * One edit for short names, up to three for long ones: {@code max} must not suggest {@code
   * tests}.
   */
  private static int allowedEdits(String name) {
    return name.length() <= 3 ? 1 : name.length() <= 6 ? 2 : 3;
  }

  /** Case and the separator are the commonest slips; they cost no edit. */
  private static String normalize(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private record Candidate(String name, int edits) {}
}
