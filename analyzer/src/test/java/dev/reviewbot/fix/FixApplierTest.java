package dev.reviewbot.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixApplierTest {
  private static final String SOURCE =
      "package p;\n\nimport java.util.List;\n\nclass A {\n\tint x = 1; // one\n  int y = 2;\n}\n";

  @Test
  void replacesExactlyTheRangeAndLeavesEverythingElseAsItWas() {
    AppliedFixes result =
        FixApplier.apply(SOURCE, List.of(Fix.of("long", new Edit.Replace(6, 2, 6, 5, "long"))));

    assertThat(result.content()).isEqualTo(SOURCE.replace("\tint x", "\tlong x"));
    assertThat(result.applied()).hasSize(1);
  }

  @Test
  void writesNewLinesWithTheFilesOwnLineEnding() {
    String crlf = SOURCE.replace("\n", "\r\n");

    AppliedFixes result =
        FixApplier.apply(
            crlf, List.of(Fix.of("z", new Edit.Replace(7, 13, 7, 13, "\n  int z = 3;"))));

    assertThat(result.content())
        .isEqualTo(crlf.replace("int y = 2;\r\n", "int y = 2;\r\n  int z = 3;\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          in order among the imports     | java.util.Arrays | import java.util.Arrays;\\nimport java.util.List;
          after the imports              | java.util.Map    | import java.util.List;\\nimport java.util.Map;
          not at all: already imported   | java.util.List   | import java.util.List;
          not at all: java.lang          | java.lang.String | import java.util.List;
          """)
  void addsAnImport(String name, String type, String imports) {
    AppliedFixes result = FixApplier.apply(SOURCE, List.of(Fix.of("i", Edit.addImport(type))));

    assertThat(result.content())
        .isEqualTo(SOURCE.replace("import java.util.List;", imports.replace("\\n", "\n")));
  }

  @Test
  void addsAnImportAfterThePackageWhenThereIsNone() {
    String source = "package p;\n\nclass A {}\n";

    assertThat(
            FixApplier.apply(source, List.of(Fix.of("i", Edit.addImport("java.util.Locale"))))
                .content())
        .isEqualTo("package p;\n\nimport java.util.Locale;\n\nclass A {}\n");
  }

  @Test
  void twoFixesAddingOneImportAddItOnce() {
    Fix first = Fix.of("a", new Edit.Replace(6, 2, 6, 5, "long"), Edit.addImport("java.util.Map"));
    Fix second = Fix.of("b", new Edit.Replace(7, 3, 7, 6, "long"), Edit.addImport("java.util.Map"));

    AppliedFixes result = FixApplier.apply(SOURCE, List.of(first, second));

    assertThat(result.applied()).containsExactly(first, second);
    assertThat(result.content())
        .isEqualTo(
            SOURCE
                .replace("import java.util.List;", "import java.util.List;\nimport java.util.Map;")
                .replace("\tint x", "\tlong x")
                .replace("  int y", "  long y"));
  }

  @Test
  void skipsAFixThatOverlapsAnEarlierOneWhole() {
    Fix first = Fix.of("a", new Edit.Replace(6, 2, 6, 5, "long"));
    Fix overlapping =
        Fix.of("b", new Edit.Replace(7, 3, 7, 6, "long"), new Edit.Replace(6, 4, 6, 8, "nt q"));

    AppliedFixes result = FixApplier.apply(SOURCE, List.of(first, overlapping));

    assertThat(result.applied()).containsExactly(first);
    assertThat(result.skipped()).containsExactly(overlapping);
    assertThat(result.content()).isEqualTo(SOURCE.replace("\tint x", "\tlong x"));
  }

  @Test
  void appliesNothingWhenTheResultWouldNotParse() {
    Fix broken = Fix.of("x", new Edit.Replace(5, 1, 5, 6, "klass"));

    AppliedFixes result = FixApplier.apply(SOURCE, List.of(broken));

    assertThat(result.content()).isEqualTo(SOURCE);
    assertThat(result.skipped()).containsExactly(broken);
  }

  @Test
  void skipsAFixPointingOutsideTheFile() {
    Fix outside = Fix.of("x", new Edit.Replace(6, 40, 6, 41, ""));

    assertThat(FixApplier.apply(SOURCE, List.of(outside)).skipped()).containsExactly(outside);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a fix inside the lines                 | 6 | 6 | 6 | 2 | 6 | 5 | long | \\tlong x = 1; // one
          a fix inside two of three lines        | 5 | 7 | 6 | 2 | 6 | 5 | long | class A {\\n\\tlong x = 1; // one\\n  int y = 2;
          whole lines deleted                    | 6 | 6 | 6 | 1 | 7 | 1 |      | ''
          a fix reaching the next line           | 6 | 6 | 6 | 2 | 7 | 3 | long | <none>
          """)
  void suggestsTheNewTextOfTheLinesOnlyWhenTheFixStaysInsideThem(
      String name,
      int from,
      int to,
      int line,
      int column,
      int endLine,
      int endColumn,
      String text,
      String expected) {
    Fix fix =
        Fix.of("f", new Edit.Replace(line, column, endLine, endColumn, text == null ? "" : text));

    assertThat(SuggestedLines.of(SOURCE, fix, new LineRange(from, to)).orElse("<none>"))
        .isEqualTo(expected.replace("\\n", "\n").replace("\\t", "\t"));
  }
}
