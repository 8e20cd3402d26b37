package dev.reviewbot.glob;

import dev.reviewbot.glob.internal.GlobAutomaton;

/**
 * A path glob as in {@code .gitignore}-style configs: {@code *} matches within one directory,
 * {@code **} across directories, {@code **}{@code /} also matches no directory at all (so {@code
 * **}{@code /src/test/**} matches {@code src/test/A.java}), {@code ?} one character. Every other
 * character, {@code [} and {@code \} included, matches itself; case counts.
 *
 * <p>Globs come from repositories' configuration and paths from pull requests, so matching takes
 * time linear in the path for any glob (see {@link GlobAutomaton}).
 */
public final class Glob {
  private final String pattern;
  private final GlobAutomaton automaton;

  private Glob(String pattern, GlobAutomaton automaton) {
    this.pattern = pattern;
    this.automaton = automaton;
  }

  public static Glob of(String pattern) {
    return new Glob(pattern, GlobAutomaton.compile(pattern));
  }

  /** The glob as written. */
  public String pattern() {
    return pattern;
  }

  /** True if the whole of {@code path} (repository-relative, {@code /}-separated) matches. */
  public boolean matches(String path) {
    return automaton.matches(path);
  }

  /** Same pattern, same glob. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Glob glob && glob.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
