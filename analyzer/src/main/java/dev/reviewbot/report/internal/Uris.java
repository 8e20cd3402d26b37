package dev.reviewbot.report.internal;

import java.nio.charset.StandardCharsets;

/**
 * Repository-relative paths as relative URI references (SARIF artifact locations, Markdown links).
 */
public final class Uris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Uris() {}

  /**
   * Percent-encodes every byte of the UTF-8 path except unreserved characters and {@code /}, so
   * {@code src/My File.java} becomes {@code src/My%20File.java} and plain paths stay as they are.
   */
  public static String relative(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
