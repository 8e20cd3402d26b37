package dev.reviewbot.rules.change;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs each head member with the base member it came from: first one of identical content anywhere
 * in the change (unchanged, moved or renamed); then by file, enclosing type and signature; then by
 * signature in another file or type (moved and edited); then by name in its own type (parameters
 * changed). The last two only where the match is unambiguous.
 *
 * @param pairs every head member with its base member, {@code null} for a new one
 * @param deleted the base members nothing came from
 */
record MemberPairing(List<Pair> pairs, List<MemberText> deleted) {

  record Pair(MemberText head, MemberText base) {}

  static MemberPairing of(List<MemberText> heads, List<MemberText> bases) {
    // compared by identity: two members may have equal text
    Map<MemberText, MemberText> paired = new IdentityHashMap<>();
    Set<MemberText> used = Collections.newSetFromMap(new IdentityHashMap<>());
    pairBy(heads, bases, paired, used, MemberText::content, false);
    pairBy(
        heads,
        bases,
        paired,
        used,
        m -> m.file() + "|" + m.member().scope() + "|" + m.member().key(),
        false);
    pairBy(
        heads,
        bases,
        paired,
        used,
        m -> movable(m.member()) ? m.member().kind() + "|" + m.member().key() : null,
        true);
    pairBy(
        heads,
        bases,
        paired,
        used,
        m ->
            m.member().kind() + "|" + m.file() + "|" + m.member().scope() + "|" + m.member().name(),
        true);
    return new MemberPairing(
        heads.stream().map(h -> new Pair(h, paired.get(h))).toList(),
        bases.stream().filter(b -> !used.contains(b)).toList());
  }

  /**
   * Constructors, initializer blocks and types have no name of their own to follow into another
   * type.
   */
  static boolean movable(Member member) {
    return member.kind() != Member.Kind.TYPE && !member.name().startsWith("<");
  }

  /**
   * Pairs unpaired heads and bases with the same non-null key; {@code unique} requires exactly one
   * of each.
   */
  private static void pairBy(
      List<MemberText> heads,
      List<MemberText> bases,
      Map<MemberText, MemberText> paired,
      Set<MemberText> used,
      Function<MemberText, String> key,
      boolean unique) {
    Map<String, Deque<MemberText>> candidates = new HashMap<>();
    for (MemberText b : bases) {
      String k = used.contains(b) ? null : key.apply(b);
      if (k != null) {
        candidates.computeIfAbsent(k, x -> new ArrayDeque<>()).add(b);
      }
    }
    Map<String, Integer> headCounts = new HashMap<>();
    if (unique) {
      heads.stream()
          .filter(h -> !paired.containsKey(h))
          .map(key)
          .filter(k -> k != null)
          .forEach(k -> headCounts.merge(k, 1, Integer::sum));
    }
    for (MemberText h : heads) {
      String k = paired.containsKey(h) ? null : key.apply(h);
      Deque<MemberText> found = k == null ? null : candidates.get(k);
      if (found == null
          || found.isEmpty()
          || unique && (found.size() > 1 || headCounts.get(k) > 1)) {
        continue;
      }
      MemberText b = found.poll();
      paired.put(h, b);
      used.add(b);
    }
  }
}
