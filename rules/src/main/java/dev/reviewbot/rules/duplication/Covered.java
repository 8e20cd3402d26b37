package dev.reviewbot.rules.duplication;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The tokens of the groups kept so far, as cut: a group with a copy in code that a bigger group
 * already holds (a block inside a longer copied method) would be a second finding on the same
 * lines.
 */
final class Covered {
  /**
   * For matches before they are cut: one more than this share inside groups kept before says
   * nothing new.
   */
  static final double MOSTLY = 0.5;

  private final Map<TokenFile, boolean[]> tokens = new IdentityHashMap<>();

  /** Takes {@code duplicate} unless one of its copies overlaps a copy taken before. */
  boolean take(Duplicate duplicate) {
    for (CloneFinder.Copy copy : duplicate.spans()) {
      boolean[] held = tokens.get(copy.file());
      int inside = 0;
      for (int k = copy.from(); held != null && k < copy.to(); k++) {
        inside += held[k] ? 1 : 0;
      }
      if (inside > 0) {
        return false;
      }
    }
    for (CloneFinder.Copy copy : duplicate.spans()) {
      boolean[] held = tokens.computeIfAbsent(copy.file(), f -> new boolean[f.size()]);
      for (int k = copy.from(); k < copy.to(); k++) {
        held[k] = true;
      }
    }
    return true;
  }
}
