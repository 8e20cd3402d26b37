package dev.reviewbot.rules.internal;

import java.util.Set;

/** Method names that, by convention, change the object they are called on. */
public final class Mutators {
  /**
   * Leading words of mutators. Not {@code replace}, {@code trim} or {@code compare}: {@code String}
   * has those too.
   */
  private static final String[] WORDS = {
    "add",
    "put",
    "remove",
    "clear",
    "set",
    "append",
    "insert",
    "delete",
    "offer",
    "poll",
    "push",
    "pop",
    "increment",
    "decrement",
    "merge",
    "compute",
    "retain",
    "sort",
    "drain",
    "take",
    "reset",
    "lazy",
    "accumulate",
    "update",
    "fill",
    "shuffle",
    "reverse"
  };

  private static final Set<String> WORD_SET = Set.of(WORDS);
  private static final Set<String> EXACT =
      Set.of("compareAndSet", "weakCompareAndSet", "compareAndExchange", "trimToSize");

  private Mutators() {}

  /**
   * True for {@code add}, {@code putAll}, {@code clear}, {@code setLength}, {@code poll}, {@code
   * incrementAndGet}, {@code getAndSet}, {@code compareAndSet}... (whole camel-case words). Without
   * types this is a guess from the name: {@code list.add(x)} and {@code bigInteger.add(x)} look
   * alike.
   */
  public static boolean isMutator(String method) {
    return WORD_SET.contains(method)
        || EXACT.contains(method)
        || Names.wordPrefix(method, WORDS) != null
        || method.endsWith("AndGet")
        || Names.hasWordPrefix(method, "get") && Names.secondWord(method, "get").equals("And");
  }
}
