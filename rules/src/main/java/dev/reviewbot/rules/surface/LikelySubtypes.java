package dev.reviewbot.rules.surface;

import java.util.Map;
import java.util.Set;

/**
 * Whether one erased type is a subtype of another, as far as names tell without symbol resolution:
 * common JDK supertypes, and the naming habits of implementations ({@code DefaultResolver} and
 * {@code ResolverImpl} implement {@code Resolver}). Used to tell a widened parameter or a narrowed
 * return type, which callers still compile against, from any other change.
 */
final class LikelySubtypes {
  private static final Map<String, Set<String>> JDK =
      Map.of(
          "CharSequence", Set.of("String", "StringBuilder", "StringBuffer"),
          "Iterable",
              Set.of(
                  "Collection",
                  "List",
                  "Set",
                  "SortedSet",
                  "NavigableSet",
                  "Queue",
                  "Deque",
                  "ArrayList",
                  "LinkedList",
                  "HashSet",
                  "LinkedHashSet",
                  "TreeSet"),
          "Collection",
              Set.of(
                  "List",
                  "Set",
                  "SortedSet",
                  "NavigableSet",
                  "Queue",
                  "Deque",
                  "ArrayList",
                  "LinkedList",
                  "HashSet",
                  "LinkedHashSet",
                  "TreeSet"),
          "List", Set.of("ArrayList", "LinkedList"),
          "Set", Set.of("SortedSet", "NavigableSet", "HashSet", "LinkedHashSet", "TreeSet"),
          "Map",
              Set.of(
                  "SortedMap",
                  "NavigableMap",
                  "HashMap",
                  "LinkedHashMap",
                  "TreeMap",
                  "ConcurrentMap",
                  "ConcurrentHashMap"),
          "Number",
              Set.of(
                  "Integer",
                  "Long",
                  "Short",
                  "Byte",
                  "Double",
                  "Float",
                  "BigInteger",
                  "BigDecimal"),
          "InputStream", Set.of("FileInputStream", "BufferedInputStream", "ByteArrayInputStream"),
          "OutputStream",
              Set.of("FileOutputStream", "BufferedOutputStream", "ByteArrayOutputStream"),
          "Reader", Set.of("BufferedReader", "InputStreamReader", "StringReader", "FileReader"));

  private LikelySubtypes() {}

  /**
   * True if {@code sub} very likely extends or implements {@code sup} (not when they are equal).
   */
  static boolean of(String sub, String sup) {
    if (sub.equals(sup) || sub.endsWith("[]") || sup.endsWith("[]")) {
      return false;
    }
    if (sup.equals("Object")
        || JDK.getOrDefault(sup, Set.of()).contains(sub)
        || sub.equals(sup + "Impl")) {
      return true;
    }
    int prefix = sub.length() - sup.length();
    return prefix > 0
        && sub.endsWith(sup)
        && Character.isUpperCase(sup.charAt(0))
        && Character.isLetter(sub.charAt(prefix - 1))
        && !sub.contains(".");
  }
}
