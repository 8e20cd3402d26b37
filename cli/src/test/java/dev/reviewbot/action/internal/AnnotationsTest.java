package dev.reviewbot.action.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotationsTest {

  @ParameterizedTest(name = "{0} errors, {1} crashes, {2} warnings, {3} notices, {4} infos")
  @CsvSource(
      delimiter = '|',
      value = {
        // errors | crashes | warnings | notices | infos | ::error | ::warning | ::notice | not
        // annotated
        " 0 |  0 |  3 | 0 |  0 |  0 |  3 |  0 | ''",
        "10 |  0 | 10 | 0 | 10 | 10 | 10 | 10 | ''",
        "11 |  0 |  0 | 0 |  0 | 10 |  0 |  0 | 1 more error",
        " 9 |  2 |  0 | 0 |  0 | 10 |  0 |  0 | 1 more error",
        " 0 |  0 |  8 | 5 |  0 |  0 | 10 |  0 | 3 more warnings",
        " 0 |  0 | 12 | 1 | 25 |  0 | 10 | 10 | '3 more warnings, 15 more notices'",
        "30 | 12 | 30 | 0 | 11 | 10 | 10 | 10 | '32 more errors, 20 more warnings, 1 more notice'",
      })
  void emitsAtMostTenOfEachTypeAndCountsTheRest(
      int errors,
      int crashes,
      int warnings,
      int notices,
      int infos,
      int errorCommands,
      int warningCommands,
      int noticeCommands,
      String notAnnotated)
      throws IOException {
    List<Finding> findings = new ArrayList<>(Reports.many(Severity.ERROR, errors));
    findings.addAll(Reports.many(Severity.WARNING, warnings));
    findings.addAll(Reports.many(Severity.INFO, infos));
    List<Notice> noticeList =
        IntStream.rangeClosed(1, notices)
            .mapToObj(i -> new Notice("src/Bad" + i + ".java", 3, 1, "does not parse"))
            .toList();
    List<RuleCrash> crashList =
        IntStream.rangeClosed(1, crashes)
            .mapToObj(
                i ->
                    new RuleCrash(
                        "argument-count",
                        "src/C" + i + ".java",
                        "java.lang.IllegalStateException: boom",
                        null))
            .toList();

    Annotations annotations = Annotations.select(Reports.of(findings, noticeList, crashList));
    StringWriter out = new StringWriter();
    annotations.write(out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(errorCommands);
    assertThat(lines.stream().filter(l -> l.startsWith("::warning "))).hasSize(warningCommands);
    assertThat(lines.stream().filter(l -> l.startsWith("::notice "))).hasSize(noticeCommands);
    assertThat(annotations.omittedText()).isEqualTo(notAnnotated);
    if (notAnnotated.isEmpty()) {
      assertThat(lines).allMatch(l -> l.startsWith("::"));
    } else {
      assertThat(lines.get(lines.size() - 1))
          .startsWith("reviewbot: annotated the 10 most severe of each type")
          .endsWith(notAnnotated + " not annotated: the job summary lists every finding.");
    }
  }

  @Test
  void keepsTheFirstInReportOrderAndRuleCrashesBeforeErrorFindings() {
    List<Finding> errors = Reports.many(Severity.ERROR, 12);
    RuleCrash crash =
        new RuleCrash(
            "argument-count", "src/C.java", "java.lang.IllegalStateException: boom", null);

    Annotations annotations = Annotations.select(Reports.of(errors, List.of(), List.of(crash)));

    assertThat(annotations.shown().crashes()).containsExactly(crash);
    assertThat(annotations.shown().findings()).containsExactlyElementsOf(errors.subList(0, 9));
    assertThat(annotations.omittedErrors()).isEqualTo(3);
  }
}
