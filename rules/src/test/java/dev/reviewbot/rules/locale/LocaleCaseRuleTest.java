package dev.reviewbot.rules.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.rules.RuleRunner;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleCaseRuleTest {
  private static final String MAIN = "src/main/java/dev/x/Names.java";

  private static List<Finding> check(String path, String body, Map<String, Object> options) {
    String source =
        "package dev.x;\nimport java.util.*;\nclass Names {\n  enum Mode { STRICT, LENIENT }\n"
            + "  Map<String, String> headers;\n  Object run(String name, String text) {\n"
            + body
            + "\n    return null;\n  }\n}\n";
    return RuleRunner.findings(
        LocaleCaseRule.class,
        new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(path, source))),
        options);
  }

  private static Finding only(String body) {
    List<Finding> findings = check(MAIN, body, Map.of());
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      literal          | if (name.toLowerCase().endsWith(".zip")) return 1;          | in a Turkish locale `".ZIP".toLowerCase()` is `".zıp"` (dotless ı), so it never matches ".zip".
      switch label     | switch (name.toLowerCase()) { case "user_properties": return 1; } | `"USER_PROPERTIES".toLowerCase()` is `"user_propertıes"` (dotless ı), so that case is never taken.
      enum lookup      | return Mode.valueOf(name.toUpperCase());                    | looked up as an enum constant by `Mode.valueOf(...)`; in a Turkish locale `"title".toUpperCase()` is `"TİTLE"`
      map key          | return headers.get(name.toLowerCase());                     | used as a key in `headers.get(...)`; in a Turkish locale `"TITLE".toLowerCase()` is `"tıtle"` (dotless ı), so "TITLE" and "title" become different keys
      both converted   | return name.toLowerCase().equals(text.toLowerCase());       | compared by `equals(text.toLowerCase())`, text converted too
      enum name        | return Mode.STRICT.name().toLowerCase();                    | converts an enum constant's name by the default locale, and the result is returned; in a Turkish locale `"INFO"` becomes `"ınfo"`, a name nothing else spells.
      through variable | String os = name.toLowerCase();\\n if (os.contains("win")) return 1; | compared by `contains("win")` (line 8); in a Turkish locale `"WIN".toLowerCase()` is `"wın"`
      """)
  void saysWhatATurkishLocaleDoesInline(String name, String body, String message) {
    Finding finding = only(body.replace("\\n", "\n"));
    assertThat(finding.message()).contains(message);
    assertThat(finding.channel()).isEqualTo(Channel.INLINE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.suggestion()).isNotBlank().doesNotContain("Turkish");
  }

  @Test
  void suggestsLocaleRootOrEqualsIgnoreCase() {
    assertThat(only("return headers.get(name.toLowerCase());").suggestion())
        .isEqualTo(
            "Pass Locale.ROOT: `toLowerCase(Locale.ROOT)` converts the same way on every machine.");
    assertThat(only("return name.toUpperCase().equals(\"FILE\");").suggestion())
        .endsWith("; or compare with equalsIgnoreCase.");
    assertThat(only("return name.toLowerCase().equals(text.toLowerCase());").suggestion())
        .startsWith("Compare with equalsIgnoreCase");
  }

  @Test
  void reportsAComparisonOfBothSidesOnce() {
    assertThat(check(MAIN, "return name.toLowerCase().equals(text.toLowerCase());", Map.of()))
        .hasSize(1);
    assertThat(
            check(
                MAIN,
                "String lower = text.toLowerCase();\n return name.toLowerCase().equals(lower);",
                Map.of()))
        .singleElement()
        .extracting(Finding::line)
        .isEqualTo(8);
  }

  @Test
  void leavesTestsOfWhetherTextHasCaseAlone() {
    assertThat(check(MAIN, "return name.toLowerCase().equals(name);", Map.of())).isEmpty();
    assertThat(check(MAIN, "return name.toLowerCase().equals(name.toUpperCase());", Map.of()))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      returned         | return name.toLowerCase();                                  | the result is returned; if that is an identifier or key rather than text for a person
      searched         | return text.toLowerCase().contains(name);                   | searched with `contains(name)`
      stored in local  | String lower = name.toLowerCase();\\n other(lower);         | stored in `lower`
      unknown constant | return name.toUpperCase().endsWith(Versions.SNAPSHOT);     | compared by `endsWith(Versions.SNAPSHOT)`; if the constant has an I, a Turkish locale breaks it
      os.name windows  | return System.getProperty("os.name").toLowerCase().startsWith("windows"); | that works in every locale, as its values spell it with a lower-case i, but in a Turkish locale `"AIX"` becomes `"aıx"`
      """)
  void putsUnclearUsesInTheSummary(String name, String body, String message) {
    Finding finding = only(body.replace("\\n", "\n"));
    assertThat(finding.message()).contains(message);
    assertThat(finding.channel()).isEqualTo(Channel.SUMMARY);
  }

  @Test
  void reportsAnOsNameCheckThatATurkishLocaleBreaksInline() {
    Finding finding =
        only("return System.getProperty(\"os.name\").toLowerCase().startsWith(\"aix\");");
    assertThat(finding.channel()).isEqualTo(Channel.INLINE);
    assertThat(finding.message()).contains("`\"AIX\".toLowerCase()` is `\"aıx\"`");
  }

  @Test
  void picksTheUseATurkishLocaleBreaksAmongAVariablesUses() {
    Finding finding =
        only(
            "String os = System.getProperty(\"os.name\");\n os = os.toLowerCase();\n"
                + " if (os.indexOf(\"windows\") >= 0) return 1;\n if (os.indexOf(\"aix\") >= 0) return 2;");
    assertThat(finding.channel()).isEqualTo(Channel.INLINE);
    assertThat(finding.line()).isEqualTo(8);
    assertThat(finding.message()).contains("compared by `indexOf(\"aix\")` (line 10)");
  }

  @Test
  void unclearUsesCanBeLeftOut() {
    assertThat(check(MAIN, "return name.toLowerCase();", Map.of("unclearUses", false))).isEmpty();
    assertThat(check(MAIN, "return headers.get(name.toLowerCase());", Map.of("unclearUses", false)))
        .hasSize(1);
  }

  @Test
  void saysItInTheSummaryOneLevelLowerInTestCode() {
    assertThat(
            check(
                "src/test/java/dev/x/NamesTest.java",
                "return headers.get(name.toLowerCase());",
                Map.of()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }
}
