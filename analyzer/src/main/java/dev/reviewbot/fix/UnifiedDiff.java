package dev.reviewbot.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** A unified diff of two versions of one file, as {@code git diff} prints it. */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** The diff with {@code a/} and {@code b/} headers; empty when the texts are equal. */
  public static String of(String path, String before, String after, int context) {
    if (before.equals(after)) {
      return "";
    }
    RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.setContext(context);
      formatter.format(edits, a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "--- a/" + path + "\n+++ b/" + path + "\n" + out.toString(StandardCharsets.UTF_8);
  }
}
