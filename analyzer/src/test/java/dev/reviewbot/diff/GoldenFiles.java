package dev.reviewbot.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Compares text with a golden file. A mismatch or a missing golden file fails with a unified diff
 * (expected → actual); nothing is ever written unless the run asks for it with {@code
 * -Dreviewbot.golden.update=true}, and even then the test still fails so the new file gets reviewed
 * before it is committed.
 */
final class GoldenFiles {
  static final String UPDATE_PROPERTY = "reviewbot.golden.update";

  private GoldenFiles() {}

  static void assertMatches(Path golden, String actual) {
    assertMatches(golden, actual, Boolean.getBoolean(UPDATE_PROPERTY));
  }

  static void assertMatches(Path golden, String actual, boolean update) {
    String expected = read(golden);
    if (actual.equals(expected)) {
      return;
    }
    if (update) {
      write(golden, actual);
      throw new AssertionError(
          "golden file "
              + golden
              + " rewritten ("
              + UPDATE_PROPERTY
              + "=true); review it with git diff and run again without the property");
    }
    String problem =
        expected == null
            ? "golden file " + golden + " does not exist"
            : "output differs from golden file " + golden;
    throw new AssertionError(
        problem
            + " (expected → actual):\n"
            + unifiedDiff(expected == null ? "" : expected, actual)
            + "to accept the new output, rerun with -D"
            + UPDATE_PROPERTY
            + "=true and review the change");
  }

  static String unifiedDiff(String expected, String actual) {
    RawText a = new RawText(expected.getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(actual.getBytes(StandardCharsets.UTF_8));
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      out.write("--- expected\n+++ actual\n".getBytes(StandardCharsets.UTF_8));
      formatter.format(edits, a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String read(Path golden) {
    try {
      return Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path golden, String content) {
    try {
      Files.writeString(golden, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
