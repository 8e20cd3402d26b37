package dev.reviewbot.api;

/**
 * A rule about the change as a whole (its size, which files it touches), run once per change.
 * Experimental: the change-level view is young and may still gain or reshape parts.
 */
@Experimental
public non-sealed interface ChangeRule extends Rule {
  void check(ChangeContext context);
}
