package dev.reviewbot.rules.duplication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * How new each line of a file's head version is, from a diff of its code lines (tokens only:
 * comments, blank lines and layout inside a line do not count) against the base version. An
 * inserted line is wholly new; lines that replace as many lines edit old code (a cast removed, a
 * name changed), so a change that touches every line of an old copy does not make it the change's;
 * a replacement that grows counts its extra lines.
 */
final class NewLines {
  private NewLines() {}

  /** By head line number (index), a share from 0 (old code) to 1 (inserted). */
  static double[] of(TokenFile base, TokenFile head) {
    CodeLines a = CodeLines.of(base);
    CodeLines b = CodeLines.of(head);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(CodeLines.COMPARATOR, a, b);
    int lastLine = head.size() == 0 ? 0 : TokenFile.line(head.ends()[head.size() - 1]);
    double[] share = new double[lastLine + 2];
    for (Edit edit : edits) {
      int removed = edit.getEndA() - edit.getBeginA();
      int added = edit.getEndB() - edit.getBeginB();
      double grown = added == 0 ? 0 : Math.max(0, added - removed) / (double) added;
      for (int k = edit.getBeginB(); k < edit.getEndB(); k++) {
        share[b.numbers.get(k)] = grown;
      }
    }
    return share;
  }

  /** The lines of a file that hold tokens, each as the text of its tokens. */
  private static final class CodeLines extends Sequence {
    static final SequenceComparator<CodeLines> COMPARATOR =
        new SequenceComparator<>() {
          @Override
          public boolean equals(CodeLines a, int ai, CodeLines b, int bi) {
            return a.texts.get(ai).equals(b.texts.get(bi));
          }

          @Override
          public int hash(CodeLines seq, int index) {
            return seq.texts.get(index).hashCode();
          }
        };

    final List<String> texts = new ArrayList<>();
    final List<Integer> numbers = new ArrayList<>();

    static CodeLines of(TokenFile file) {
      CodeLines lines = new CodeLines();
      StringBuilder text = new StringBuilder();
      int line = -1;
      for (int k = 0; k < file.size(); k++) {
        int at = TokenFile.line(file.begins()[k]);
        if (at != line && line >= 0) {
          lines.add(line, text);
        }
        line = at;
        text.append(file.codes()[k])
            .append(' ')
            .append(Objects.toString(file.texts()[k], ""))
            .append('\u0001');
      }
      if (line >= 0) {
        lines.add(line, text);
      }
      return lines;
    }

    private void add(int line, StringBuilder text) {
      texts.add(text.toString());
      numbers.add(line);
      text.setLength(0);
    }

    @Override
    public int size() {
      return texts.size();
    }
  }
}
