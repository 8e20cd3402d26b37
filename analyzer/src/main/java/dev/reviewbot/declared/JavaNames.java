package dev.reviewbot.declared;

import java.util.regex.Pattern;

/** Checks on the names a {@link Ban} is written with. */
public final class JavaNames {
  private static final Pattern IDENTIFIER =
      Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");

  private JavaNames() {}

  public static boolean isIdentifier(String text) {
    return IDENTIFIER.matcher(text).matches();
  }

  /** {@code a.b.C}: at least a package and a name, each part an identifier. */
  public static boolean isQualified(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }
}
