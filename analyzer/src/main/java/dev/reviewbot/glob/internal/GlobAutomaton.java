package dev.reviewbot.glob.internal;

import java.util.Arrays;

/**
 * A glob as a nondeterministic automaton, run on all its states at once: a path is read once, code
 * point by code point, and each step looks at each state once, so matching takes time proportional
 * to the path's length times the glob's, whatever the glob. (The regex it replaces backtracked:
 * twelve {@code **}{@code /} against a deep path ran for minutes.)
 *
 * <p>States {@code 0..n} stand before token {@code i} ({@code n}: the whole glob matched); for each
 * {@code **}{@code /} a further state stands inside the directories it has begun to match, where
 * only a {@code /} may end it.
 */
public final class GlobAutomaton {
  private enum Kind {
    /** one given code point */
    LITERAL,
    /** {@code ?}: one code point other than {@code /} */
    ONE,
    /** {@code *}: any run without {@code /} */
    STAR,
    /** {@code **} not before {@code /}: any run */
    ANY,
    /** {@code **}{@code /}: nothing, or any run that ends in {@code /} */
    DIRS
  }

  private static final int SLASH = '/';

  private final Kind[] kinds;
  private final int[] literals;

  private GlobAutomaton(Kind[] kinds, int[] literals) {
    this.kinds = kinds;
    this.literals = literals;
  }

  /**
   * Splits the glob into tokens as the old regex conversion did: {@code **}{@code /} first, then
   * {@code **}, {@code *}, {@code ?}. Runs of stars become one token, so a glob of a thousand stars
   * costs what one does.
   */
  public static GlobAutomaton compile(String glob) {
    int[] points = glob.codePoints().toArray();
    Kind[] kinds = new Kind[points.length];
    int[] literals = new int[points.length];
    int n = 0;
    int i = 0;
    while (i < points.length) {
      boolean doubleStar = points[i] == '*' && i + 1 < points.length && points[i + 1] == '*';
      Kind kind;
      if (doubleStar && i + 2 < points.length && points[i + 2] == SLASH) {
        kind = Kind.DIRS;
        i += 3;
      } else if (doubleStar) {
        kind = Kind.ANY;
        i += 2;
      } else if (points[i] == '*') {
        kind = Kind.STAR;
        i++;
      } else if (points[i] == '?') {
        kind = Kind.ONE;
        i++;
      } else {
        kind = Kind.LITERAL;
        literals[n] = points[i];
        i++;
      }
      Kind merged = n > 0 ? merged(kinds[n - 1], kind) : null;
      if (merged != null) {
        kinds[n - 1] = merged;
      } else {
        kinds[n++] = kind;
      }
    }
    return new GlobAutomaton(Arrays.copyOf(kinds, n), Arrays.copyOf(literals, n));
  }

  /**
   * The one token two adjacent ones match the same as, or null. Any run ({@code **}) next to a star
   * of any kind is any run; equal stars are one star. A {@code *} beside a {@code **}{@code /} is
   * not merged: {@code *}{@code **}{@code /} matches {@code ab}, {@code **}{@code /} does not.
   */
  private static Kind merged(Kind before, Kind after) {
    if (before == after && (before == Kind.STAR || before == Kind.ANY || before == Kind.DIRS)) {
      return before;
    }
    boolean anyAndStar = before == Kind.ANY && isStar(after) || after == Kind.ANY && isStar(before);
    return anyAndStar ? Kind.ANY : null;
  }

  private static boolean isStar(Kind kind) {
    return kind == Kind.STAR || kind == Kind.ANY || kind == Kind.DIRS;
  }

  /** True if the whole path matches. */
  public boolean matches(String path) {
    int n = kinds.length;
    boolean[] current = new boolean[2 * n + 1];
    boolean[] next = new boolean[2 * n + 1];
    enter(current, 0);
    for (int offset = 0; offset < path.length(); ) {
      int c = path.codePointAt(offset);
      offset += Character.charCount(c);
      Arrays.fill(next, false);
      boolean alive = false;
      for (int state = 0; state < n; state++) {
        if (current[state]) {
          alive |= step(state, c, next);
        }
        if (current[inside(state)]) {
          next[inside(state)] = true;
          alive = true;
          if (c == SLASH) {
            enter(next, state + 1);
          }
        }
      }
      if (!alive) {
        return false;
      }
      boolean[] swap = current;
      current = next;
      next = swap;
    }
    return current[n];
  }

  /** Moves from before token {@code state} on code point {@code c}; false if no move exists. */
  private boolean step(int state, int c, boolean[] next) {
    switch (kinds[state]) {
      case LITERAL -> {
        if (c != literals[state]) {
          return false;
        }
        enter(next, state + 1);
      }
      case ONE -> {
        if (c == SLASH) {
          return false;
        }
        enter(next, state + 1);
      }
      case STAR -> {
        if (c == SLASH) {
          return false;
        }
        enter(next, state);
      }
      case ANY -> enter(next, state);
      case DIRS -> {
        next[inside(state)] = true;
        if (c == SLASH) {
          enter(next, state + 1);
        }
      }
    }
    return true;
  }

  /**
   * Marks {@code state} and every state reachable from it without reading (stars may match
   * nothing); a loop, not recursion, for long globs.
   */
  private void enter(boolean[] states, int state) {
    int at = state;
    while (!states[at]) {
      states[at] = true;
      if (at == kinds.length || kinds[at] == Kind.LITERAL || kinds[at] == Kind.ONE) {
        return;
      }
      at++;
    }
  }

  private int inside(int state) {
    return kinds.length + 1 + state;
  }
}
