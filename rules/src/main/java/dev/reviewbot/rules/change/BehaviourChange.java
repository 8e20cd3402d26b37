package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts what changed in the behaviour of a change's files: members are paired across the change
 * ({@link MemberPairing}); a paired member counts its changed statements, less those that came
 * unchanged from another member (an extracted or inlined method), and one for a changed header; a
 * new member counts its statements and one if it is an initialised field. Deleted members count
 * nothing. Base code is read through the change's renames (a renamed primary type, a renamed method
 * or field), so the callers a rename touched are unchanged.
 */
final class BehaviourChange {
  private final List<SourcePair> files;
  private final List<List<Member>> base = new ArrayList<>();
  private final List<List<Member>> head = new ArrayList<>();
  private final Map<String, String> renames = new HashMap<>();

  private BehaviourChange(List<SourcePair> files) {
    this.files = files;
    for (SourcePair file : files) {
      List<Member> baseMembers = file.base().map(Members::of).orElse(List.of());
      String from = primaryType(file.base());
      String to = primaryType(file.head());
      if (from != null && to != null && !from.equals(to)) {
        renames.put(from, to);
        baseMembers =
            baseMembers.stream().map(m -> m.withScope(renamedScope(m.scope(), from, to))).toList();
      }
      base.add(baseMembers);
      head.add(file.head().map(Members::of).orElse(List.of()));
    }
  }

  /** Files of the change whose behaviour changed, in the order given. */
  static List<FileBehaviour> of(List<SourcePair> files) {
    BehaviourChange change = new BehaviourChange(files);
    return change.count(change.learnedPairing());
  }

  /**
   * Each head member of the files with the base member it came from, read through the change's
   * renames as {@link #of} reads them; {@link MemberText#file()} indexes {@code files}.
   */
  static MemberPairing pairing(List<SourcePair> files) {
    return new BehaviourChange(files).learnedPairing();
  }

  /**
   * The pairing once the renames it shows are known, so callers a rename touched pair as unchanged.
   */
  private MemberPairing learnedPairing() {
    learnRenames(pairing());
    return pairing();
  }

  private MemberPairing pairing() {
    return MemberPairing.of(texts(head, Function.identity()), texts(base, this::renamed));
  }

  /** Names a paired member changed, unless the old name is still declared somewhere in the head. */
  private void learnRenames(MemberPairing pairing) {
    Set<String> declared = new HashSet<>();
    head.forEach(members -> members.forEach(m -> declared.addAll(List.of(m.name().split(",")))));
    for (MemberPairing.Pair p : pairing.pairs()) {
      if (p.base() != null
          && MemberPairing.movable(p.head().member())
          && !p.base().member().name().equals(p.head().member().name())) {
        renames.putIfAbsent(p.base().member().name(), p.head().member().name());
      }
    }
    renames.keySet().removeIf(declared::contains);
  }

  private List<FileBehaviour> count(MemberPairing pairing) {
    List<MemberPairing.Pair> pairs = pairing.pairs();
    List<StatementDiff> diffs =
        pairs.stream()
            .map(
                p ->
                    p.base() == null
                        ? StatementDiff.added(p.head().statements().size())
                        : diff(p.base(), p.head()))
            .toList();
    int[] moved = movedStatements(pairs, diffs, pairing.deleted());
    int[][] totals =
        new int[files.size()][4]; // statements, methods, field initializers, declarations
    for (int i = 0; i < pairs.size(); i++) {
      MemberText h = pairs.get(i).head();
      MemberText b = pairs.get(i).base();
      StatementDiff diff = diffs.get(i);
      int statements =
          Math.max(diff.removed().size() - moved[2 * i], diff.added().size() - moved[2 * i + 1]);
      int declarations =
          b == null ? (h.member().initialised() ? 1 : 0) : (h.header().equals(b.header()) ? 0 : 1);
      int[] file = totals[h.file()];
      file[0] += statements;
      if (statements > 0) {
        file[h.member().kind() == Member.Kind.METHOD ? 1 : 2]++;
      }
      file[3] += declarations;
    }
    List<FileBehaviour> result = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      int[] t = totals[i];
      if (t[0] + t[3] > 0) {
        result.add(new FileBehaviour(files.get(i).path(), t[0], t[1], t[2], t[3]));
      }
    }
    return result;
  }

  /**
   * The smaller of the diffs with locals as placeholders (a renamed local changes nothing) and as
   * written (a local inserted early renumbers every later one, which changes nothing either).
   */
  private static StatementDiff diff(MemberText base, MemberText head) {
    StatementDiff placeholders = StatementDiff.of(base.statements(), head.statements());
    if (placeholders.changed() == 0) {
      return placeholders;
    }
    StatementDiff written = StatementDiff.of(base.written(), head.written());
    return written.changed() < placeholders.changed() ? written : placeholders;
  }

  /**
   * Statements that left one member and arrived as written in another (an extracted or inlined
   * method): per pair {@code i}, how many of its removed ({@code [2i]}) and added ({@code [2i+1]})
   * statements are such moves. Deleted members only give.
   */
  private static int[] movedStatements(
      List<MemberPairing.Pair> pairs, List<StatementDiff> diffs, List<MemberText> deleted) {
    Map<String, Deque<Integer>> removedBy = new HashMap<>();
    for (int i = 0; i < diffs.size(); i++) {
      for (int at : diffs.get(i).removed()) {
        removedBy
            .computeIfAbsent(pairs.get(i).base().written().get(at), k -> new ArrayDeque<>())
            .add(i);
      }
    }
    for (int d = 0; d < deleted.size(); d++) {
      for (String statement : deleted.get(d).written()) {
        removedBy.computeIfAbsent(statement, k -> new ArrayDeque<>()).add(diffs.size() + d);
      }
    }
    int[] moved = new int[2 * (diffs.size() + deleted.size())];
    for (int i = 0; i < diffs.size(); i++) {
      for (int at : diffs.get(i).added()) {
        Deque<Integer> owners =
            removedBy.getOrDefault(pairs.get(i).head().written().get(at), new ArrayDeque<>());
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

  private static List<MemberText> texts(
      List<List<Member>> files, Function<List<String>, List<String>> tokens) {
    List<MemberText> texts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      for (Member member : files.get(i)) {
        texts.add(
            new MemberText(
                i,
                member,
                String.join(" ", tokens.apply(member.header())),
                member.statements().stream().map(s -> String.join(" ", tokens.apply(s))).toList(),
                member.written().stream().map(s -> String.join(" ", tokens.apply(s))).toList()));
      }
    }
    return texts;
  }

  private List<String> renamed(List<String> tokens) {
    return renames.isEmpty()
        ? tokens
        : tokens.stream().map(t -> renames.getOrDefault(t, t)).toList();
  }

  /** The one top-level type of a file, or null when it has none or several. */
  private static String primaryType(Optional<CompilationUnit> unit) {
    List<TypeDeclaration<?>> types =
        unit.map(CompilationUnit::getTypes).map(List::copyOf).orElse(List.of());
    return types.size() == 1 ? types.get(0).getNameAsString() : null;
  }

  private static String renamedScope(String scope, String from, String to) {
    return scope.equals(from)
        ? to
        : scope.startsWith(from + ".") ? to + scope.substring(from.length()) : scope;
  }
}
