package dev.reviewbot.rules.internal;

import java.util.Set;

/** Method names that, by convention, change the object they are called on. */
public final class Mutators {
  private static final String[] WORDS = {"add", "put", "remove", "clear", "set", "append", "insert", "delete", "offer",
      "poll", "push", "pop", "increment", "decrement", "compare", "merge", "compute", "replace", "retain", "sort",
      "drain", "take", "reset", "lazy", "accumulate", "update", "fill", "shuffle", "reverse", "trim"};
  private static final Set<String> WORD_SET = Set.of(WORDS);

  private Mutators() {}

  /**
   * True for {@code add}, {@code putAll}, {@code clear}, {@code setLength}, {@code poll},
   * {@code incrementAndGet}, {@code getAndSet}, {@code compareAndSet}... (whole camel-case words).
   */
  public static boolean isMutator(String method) {
    return WORD_SET.contains(method) || Names.wordPrefix(method, WORDS) != null || method.endsWith("AndGet")
        || Names.hasWordPrefix(method, "get") && Names.secondWord(method, "get").equals("And");
  }
}
