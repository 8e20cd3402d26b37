package dev.reviewbot.plan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden markers reviewbot leaves in what it posts, so a later run recognizes its own comments:
 * {@code <!-- reviewbot:fp=<fingerprint> -->} in each inline comment (one per finding it stands
 * for), {@code <!-- reviewbot:summary -->} in the summary comment and {@code <!--
 * reviewbot:resolved=<sha> -->} once a comment's findings are gone.
 *
 * <p>Each marker is written on a line of its own, and only such lines outside fenced code blocks
 * count when reading, so code quoted from a pull request (e.g. in a suggestion) cannot forge one.
 */
public final class Markers {
  private static final Pattern LINE =
      Pattern.compile(
          "^\\s*<!--\\s*reviewbot:([a-z]+)\\s*(?:=\\s*([^\\s>]*))?\\s*-->\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private Markers() {}

  public static String fingerprint(String fingerprint) {
    return "<!-- reviewbot:fp=" + encode(fingerprint) + " -->";
  }

  public static String summary() {
    return "<!-- reviewbot:summary -->";
  }

  public static String resolved(String sha) {
    return "<!-- reviewbot:resolved=" + encode(sha) + " -->";
  }

  /** Fingerprints named by {@code fp} markers, in order; empty for a body without any. */
  public static List<String> fingerprintsIn(String body) {
    return valuesOf(body, "fp");
  }

  public static boolean isSummary(String body) {
    return !markers(body, "summary").isEmpty();
  }

  /** The commit named by a {@code resolved} marker, if the comment has been marked resolved. */
  public static Optional<String> resolvedIn(String body) {
    return valuesOf(body, "resolved").stream().findFirst();
  }

  private static List<String> valuesOf(String body, String kind) {
    return markers(body, kind).stream()
        .filter(v -> !v.isEmpty())
        .map(Markers::decode)
        .flatMap(Optional::stream)
        .toList();
  }

  private static List<String> markers(String body, String kind) {
    List<String> values = new ArrayList<>();
    if (body == null) {
      return values;
    }
    CodeFences fences = new CodeFences();
    for (String line : body.split("\\R", -1)) {
      if (fences.skip(line)) {
        continue;
      }
      Matcher marker = LINE.matcher(line);
      if (marker.matches() && marker.group(1).toLowerCase(Locale.ROOT).equals(kind)) {
        values.add(marker.group(2) == null ? "" : marker.group(2));
      }
    }
    return values;
  }

  /** Tracks fenced code blocks line by line: a marker quoted in one is no marker. */
  private static final class CodeFences {
    private String open;

    /** True for a fence line or a line inside a fenced block. */
    boolean skip(String line) {
      Matcher fence = FENCE.matcher(line);
      if (!fence.find()) {
        return open != null;
      }
      String marks = fence.group(1);
      if (open == null) {
        open = marks;
      } else if (closes(marks, line)) {
        open = null;
      }
      return true;
    }

    private boolean closes(String marks, String line) {
      return marks.charAt(0) == open.charAt(0)
          && marks.length() >= open.length()
          && line.trim().equals(marks);
    }
  }

  /**
   * Percent-encodes everything but letters, digits and {@code . _ : -}, so no value can end the
   * comment.
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == ':' || c == '-') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Empty for a malformed escape: a damaged marker is ignored rather than misread. */
  static Optional<String> decode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= value.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(value.charAt(i + 1), 16);
        int lo = Character.digit(value.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c < 128) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
