package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewbot.rules.locale.Use.Kind;
import java.util.Locale;
import java.util.Optional;

/**
 * What a finding says: the use, a Turkish example built from the code's own text when it has one,
 * and the fix.
 */
record CaseMessage(
    MethodCallExpr call,
    Conversion conversion,
    Use use,
    Optional<IdentifierSources.Identifier> identifier) {
  private static final int LONGEST_CALL = 50;

  String text() {
    Conversion.Example example = conversion.example(use.expected());
    String turkish =
        "in a Turkish locale "
            + example.describe(conversion)
            + " ("
            + conversion.turkishLetterName()
            + ")";
    String subject =
        "`"
            + shown()
            + "` converts by the default locale, and the result is "
            + use.what()
            + where()
            + "; ";
    String withLetter = conversion == Conversion.LOWER ? "an I" : "an i";
    if (matchesKnownValues()) {
      return "`"
          + shown()
          + "` converts "
          + identifier.orElseThrow().what()
          + " by the default locale, and the result is "
          + use.what()
          + where()
          + ": that works in every locale, as its values spell it with a lower-case i, but in a Turkish locale "
          + identifier.orElseThrow().example(conversion)
          + ", so a check for such a value would fail.";
    }
    return switch (use.kind()) {
      case MATCHED -> subject + turkish + ", so it never matches \"" + use.expected() + "\".";
      case SWITCH -> subject + turkish + ", so that case is never taken.";
      case UNKNOWN_CONSTANT ->
          subject
              + "if the constant has "
              + (conversion == Conversion.LOWER ? "an i" : "an I")
              + ", a Turkish locale breaks it: there "
              + example.describe(conversion)
              + ".";
      case ENUM_LOOKUP ->
          subject
              + turkish
              + ", so a name with "
              + withLetter
              + " finds no constant and valueOf throws IllegalArgumentException.";
      case KEY ->
          subject
              + turkish
              + ", so \""
              + example.input()
              + "\" and \""
              + conversion.convert(example.input(), Locale.ROOT)
              + "\" become different keys, and a key with "
              + withLetter
              + " misses the one spelt in code.";
      case COMPARED -> subject + turkish + ", so values with " + withLetter + " compare unequal.";
      case COMPARED_CONVERTED ->
          "`"
              + shown()
              + "` converts by the default locale, and the result is "
              + use.what()
              + where()
              + ", text converted too; "
              + turkish
              + ", not \""
              + conversion.convert(example.input(), Locale.ROOT)
              + "\", so \""
              + example.input()
              + "\" and \""
              + conversion.convert(example.input(), Locale.ROOT)
              + "\" compare unequal.";
      default ->
          identifier.isPresent()
              ? "`"
                  + shown()
                  + "` converts "
                  + identifier.get().what()
                  + " by the default locale, and the result is "
                  + use.what()
                  + where()
                  + "; in a Turkish locale "
                  + identifier.get().example(conversion)
                  + ", a name nothing else spells."
              : subject
                  + "if that is an identifier or key rather than text for a person, a Turkish locale breaks it: there "
                  + example.describe(conversion)
                  + ".";
    };
  }

  /**
   * True for a comment at the line: the code shows the result is an identifier, and a Turkish
   * locale can break its use.
   */
  boolean inline() {
    return !matchesKnownValues()
        && (use.kind().identifies()
            || identifier.isPresent() && use.kind() != Kind.SHOWN && use.kind() != Kind.SAFE);
  }

  /**
   * False for uses no locale breaks or only a person reads: nothing to say, not even in the
   * summary.
   */
  boolean worthSaying() {
    return use.kind() != Kind.SAFE && use.kind() != Kind.SHOWN;
  }

  /**
   * True when the result is an identifier compared with a text that its real values reach in any
   * locale: {@code os.name} lower-cased and compared with {@code "windows"}.
   */
  boolean matchesKnownValues() {
    return use.kind() == Kind.MATCHED
        && use.expected() != null
        && identifier.isPresent()
        && !identifier.get().canMiss(use.expected(), conversion);
  }

  String suggestion() {
    String fix =
        "Pass Locale.ROOT: `"
            + conversion.method()
            + "(Locale.ROOT)` converts the same way on every machine";
    boolean equals = use.at() instanceof MethodCallExpr m && m.getNameAsString().equals("equals");
    if (use.kind() == Kind.COMPARED_CONVERTED && equals) {
      return "Compare with equalsIgnoreCase, which ignores case the same way in every locale, instead of converting both sides.";
    }
    if ((use.kind() == Kind.MATCHED || use.kind() == Kind.COMPARED) && equals) {
      return fix + "; or compare with equalsIgnoreCase.";
    }
    return fix + ".";
  }

  /** The call as written, or just the method when the receiver is long. */
  private String shown() {
    String text = call.toString().replaceAll("\\s+", " ");
    return text.length() <= LONGEST_CALL ? text : conversion.method() + "()";
  }

  /** The use's line when it is not the call's own. */
  private String where() {
    Node at = use.at();
    int callLine = call.getName().getBegin().map(p -> p.line).orElse(0);
    return at.getBegin()
        .map(p -> p.line)
        .filter(l -> l != callLine)
        .map(l -> " (line " + l + ")")
        .orElse("");
  }
}
