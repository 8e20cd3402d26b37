package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the members of a change's base and head files to count what changed in behaviour.
 * Each head member is paired with a base member: first with one of identical content anywhere in
 * the change (unchanged, moved or renamed: nothing changed); then by file, enclosing type and
 * signature; then by signature in another file or type (moved and edited); then by name in its own
 * type (parameters changed). Its changed statements are counted against its pair, less those that
 * came unchanged from another member (an extracted or inlined method); an unpaired member is new.
 * Deleted members count nothing. Base code is read through the change's renames (a renamed primary
 * type, a renamed method), so the callers a rename touched are unchanged.
 */
final class BehaviourChange {
  private final List<SourcePair> pairs;
  private final List<List<Member>> base = new ArrayList<>();
  private final List<List<Member>> head = new ArrayList<>();
  private final Map<String, String> renames = new HashMap<>();

  private BehaviourChange(List<SourcePair> pairs) {
    this.pairs = pairs;
    for (SourcePair pair : pairs) {
      List<Member> baseMembers = pair.base().map(Members::of).orElse(List.of());
      List<Member> headMembers = pair.head().map(Members::of).orElse(List.of());
      String from = primaryType(pair.base());
      String to = primaryType(pair.head());
      if (from != null && to != null && !from.equals(to)) {
        renames.put(from, to);
        baseMembers = baseMembers.stream().map(m -> withScope(m, renamedScope(m.scope(), from, to))).toList();
      }
      base.add(baseMembers);
      head.add(headMembers);
    }
  }

  /** Files of the change whose behaviour changed, in the order given. */
  static List<FileBehaviour> of(List<SourcePair> pairs) {
    BehaviourChange change = new BehaviourChange(pairs);
    change.learnRenames(change.match());
    return change.count(change.match());
  }

  private record Side(int file, Member member, String header, List<String> statements) {
    String content() {
      return member.kind() + "|" + header + "|" + String.join("\n", statements);
    }
  }

  private record Match(Side head, Side base) {}

  /** Every head member with its base partner, if any, and the base members left without one (deleted). */
  private record Matching(List<Match> matches, List<Side> deleted) {}

  private Matching match() {
    List<Side> heads = sides(head, Function.identity());
    List<Side> bases = sides(base, this::renamed);
    // sides are compared by identity: two sides may hold equal text
    Map<Side, Side> paired = new IdentityHashMap<>();
    Set<Side> used = Collections.newSetFromMap(new IdentityHashMap<>());
    pairBy(heads, bases, paired, used, Side::content, false);
    pairBy(heads, bases, paired, used, s -> s.file() + "|" + s.member().scope() + "|" + s.member().key(), false);
    pairBy(heads, bases, paired, used, s -> movable(s.member()) ? s.member().kind() + "|" + s.member().key() : null, true);
    pairBy(heads, bases, paired, used,
        s -> s.member().kind() + "|" + s.file() + "|" + s.member().scope() + "|" + s.member().name(), true);
    return new Matching(heads.stream().map(h -> new Match(h, paired.get(h))).toList(),
        bases.stream().filter(b -> !used.contains(b)).toList());
  }

  /** Pairs unpaired head and base sides with the same non-null key; {@code unique} requires one of each. */
  private static void pairBy(List<Side> heads, List<Side> bases, Map<Side, Side> paired, Set<Side> used,
      Function<Side, String> key, boolean unique) {
    Map<String, Deque<Side>> candidates = new HashMap<>();
    for (Side b : bases) {
      String k = used.contains(b) ? null : key.apply(b);
      if (k != null) {
        candidates.computeIfAbsent(k, x -> new ArrayDeque<>()).add(b);
      }
    }
    Map<String, Integer> headCounts = new HashMap<>();
    if (unique) {
      heads.stream().filter(h -> !paired.containsKey(h)).map(key).filter(k -> k != null)
          .forEach(k -> headCounts.merge(k, 1, Integer::sum));
    }
    for (Side h : heads) {
      String k = paired.containsKey(h) ? null : key.apply(h);
      Deque<Side> found = k == null ? null : candidates.get(k);
      if (found == null || found.isEmpty() || unique && (found.size() > 1 || headCounts.get(k) > 1)) {
        continue;
      }
      Side b = found.poll();
      paired.put(h, b);
      used.add(b);
    }
  }

  /** Constructors and initializer blocks have no name of their own to follow into another type. */
  private static boolean movable(Member member) {
    return member.kind() != Member.Kind.TYPE && !member.name().startsWith("<");
  }

  /** Names a paired member changed, unless the old name is still declared somewhere in the head. */
  private void learnRenames(Matching matching) {
    Set<String> declared = new HashSet<>();
    head.forEach(members -> members.forEach(m -> declared.addAll(List.of(m.name().split(",")))));
    for (Match m : matching.matches()) {
      if (m.base() != null && movable(m.head().member()) && !m.base().member().name().equals(m.head().member().name())) {
        renames.putIfAbsent(m.base().member().name(), m.head().member().name());
      }
    }
    renames.keySet().removeIf(declared::contains);
  }

  private List<FileBehaviour> count(Matching matching) {
    List<Match> matches = matching.matches();
    List<StatementDiff> diffs = matches.stream().map(m -> m.base() == null
        ? new StatementDiff(List.of(), m.head().statements())
        : StatementDiff.of(m.base().statements(), m.head().statements())).toList();
    int[] moved = movedStatements(diffs, matching.deleted());
    int[][] totals = new int[pairs.size()][4]; // statements, methods, field initializers, declarations
    for (int i = 0; i < matches.size(); i++) {
      Side h = matches.get(i).head();
      Side b = matches.get(i).base();
      StatementDiff diff = diffs.get(i);
      int statements = Math.max(diff.removed().size() - moved[2 * i], diff.added().size() - moved[2 * i + 1]);
      int declarations = b == null ? (h.member().initialised() ? 1 : 0) : (h.header().equals(b.header()) ? 0 : 1);
      int[] file = totals[h.file()];
      file[0] += statements;
      if (statements > 0) {
        file[h.member().kind() == Member.Kind.METHOD ? 1 : 2]++;
      }
      file[3] += declarations;
    }
    List<FileBehaviour> result = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      int[] t = totals[i];
      if (t[0] + t[3] > 0) {
        result.add(new FileBehaviour(pairs.get(i).path(), t[0], t[1], t[2], t[3]));
      }
    }
    return result;
  }

  /**
   * Statements that left one member and arrived unchanged in another (an extracted or inlined
   * method): per member {@code i}, how many of its removed ({@code [2i]}) and added ({@code [2i+1]})
   * statements are such moves. Deleted members only give.
   */
  private static int[] movedStatements(List<StatementDiff> diffs, List<Side> deleted) {
    Map<String, Deque<Integer>> removedBy = new HashMap<>();
    for (int i = 0; i < diffs.size(); i++) {
      for (String statement : diffs.get(i).removed()) {
        removedBy.computeIfAbsent(statement, k -> new ArrayDeque<>()).add(i);
      }
    }
    for (int d = 0; d < deleted.size(); d++) {
      for (String statement : deleted.get(d).statements()) {
        removedBy.computeIfAbsent(statement, k -> new ArrayDeque<>()).add(diffs.size() + d);
      }
    }
    int[] moved = new int[2 * (diffs.size() + deleted.size())];
    for (int i = 0; i < diffs.size(); i++) {
      for (String statement : diffs.get(i).added()) {
        Deque<Integer> owners = removedBy.getOrDefault(statement, new ArrayDeque<>());
        for (var it = owners.iterator(); it.hasNext(); ) {
          int owner = it.next();
          if (owner != i) { // within one member, a statement that moved is a reordering: it counts
            it.remove();
            moved[2 * owner]++;
            moved[2 * i + 1]++;
            break;
          }
        }
      }
    }
    return moved;
  }

  private static List<Side> sides(List<List<Member>> files, Function<List<String>, List<String>> tokens) {
    List<Side> sides = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      for (Member member : files.get(i)) {
        sides.add(new Side(i, member, String.join(" ", tokens.apply(member.header())),
            member.statements().stream().map(s -> String.join(" ", tokens.apply(s))).toList()));
      }
    }
    return sides;
  }

  private List<String> renamed(List<String> tokens) {
    return renames.isEmpty() ? tokens : tokens.stream().map(t -> renames.getOrDefault(t, t)).toList();
  }

  /** The one top-level type of a file, or null when it has none or several. */
  private static String primaryType(java.util.Optional<CompilationUnit> unit) {
    List<TypeDeclaration<?>> types = unit.map(CompilationUnit::getTypes).map(List::copyOf).orElse(List.of());
    return types.size() == 1 ? types.get(0).getNameAsString() : null;
  }

  private static String renamedScope(String scope, String from, String to) {
    return scope.equals(from) ? to : scope.startsWith(from + ".") ? to + scope.substring(from.length()) : scope;
  }

  private static Member withScope(Member m, String scope) {
    return new Member(scope, m.kind(), m.name(), m.key(), m.header(), m.statements(), m.initialised());
  }
}
