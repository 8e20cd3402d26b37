package dev.reviewbot.rules.duplication;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangedLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which copies the change really wrote, beyond what git calls added lines: a copy the change only
 * edited in place (see {@link NewLines}) is old code, and a copy whose exact text its file's base
 * version already had is moved or reformatted code: a file that had a block once and has it twice
 * now gained one copy, however many lines git calls added.
 */
final class Novelty {
  private final Function<String, Optional<CompilationUnit>> baseOf;
  private final Map<String, Optional<TokenFile>> bases = new HashMap<>();
  private final Map<String, double[]> newLines = new HashMap<>();

  /**
   * @param baseOf the base tree of a file of the change, empty for an added file
   */
  Novelty(Function<String, Optional<CompilationUnit>> baseOf) {
    this.baseOf = baseOf;
  }

  /**
   * The share of {@code copy}'s tokens that the change wrote: on added lines, weighed by how new
   * each line is.
   */
  double newShare(CloneFinder.Copy copy) {
    TokenFile file = copy.file();
    double[] lines =
        base(file)
            .map(base -> newLines.computeIfAbsent(file.path(), p -> NewLines.of(base, file)))
            .orElse(null);
    double sum = 0;
    for (int k = copy.from(); k < copy.to(); k++) {
      if (file.added()[k]) {
        sum += lines == null ? 1 : lines[TokenFile.line(file.begins()[k])];
      }
    }
    return sum / (copy.to() - copy.from());
  }

  /**
   * The copies that are new: of those written on new lines ({@code written}, see {@link
   * #newShare}), per file and text no more than the head has occurrences of that text beyond the
   * base's.
   */
  boolean[] newCopies(List<CloneFinder.Copy> copies, boolean[] written) {
    boolean[] result = written.clone();
    Map<String, Integer> left = new HashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      CloneFinder.Copy copy = copies.get(i);
      Optional<TokenFile> base = written[i] ? base(copy.file()) : Optional.empty();
      if (base.isEmpty()) {
        continue; // an old copy, or a copy in an added file: all of that is new
      }
      String key = copy.file().path() + '\u0000' + text(copy);
      int remaining =
          left.computeIfAbsent(
              key, k -> occurrences(copy, copy.file()) - occurrences(copy, base.get()));
      result[i] = remaining > 0;
      left.put(key, remaining - 1);
    }
    return result;
  }

  private Optional<TokenFile> base(TokenFile head) {
    return bases.computeIfAbsent(
        head.path(),
        path ->
            baseOf
                .apply(path)
                .map(unit -> TokenFile.of(path, head.testCode(), unit, ChangedLines.none())));
  }

  private static String text(CloneFinder.Copy copy) {
    StringBuilder text = new StringBuilder();
    for (int k = copy.from(); k < copy.to(); k++) {
      text.append(copy.file().codes()[k])
          .append(' ')
          .append(Objects.toString(copy.file().texts()[k], ""))
          .append('\u0001');
    }
    return text.toString();
  }

  /** How often the exact tokens of {@code copy} occur in {@code file}. */
  static int occurrences(CloneFinder.Copy copy, TokenFile file) {
    int length = copy.to() - copy.from();
    int count = 0;
    for (int at = 0; at + length <= file.size(); at++) {
      if (sameText(file, at, copy)) {
        count++;
        at += length - 1; // occurrences do not overlap
      }
    }
    return count;
  }

  /**
   * True if {@code file} holds the tokens of {@code copy}, codes and texts alike, from {@code at}.
   */
  private static boolean sameText(TokenFile file, int at, CloneFinder.Copy copy) {
    TokenFile source = copy.file();
    for (int k = 0; k < copy.to() - copy.from(); k++) {
      int a = copy.from() + k;
      if (source.codes()[a] != file.codes()[at + k]
          || !Objects.equals(source.texts()[a], file.texts()[at + k])) {
        return false;
      }
    }
    return true;
  }
}
