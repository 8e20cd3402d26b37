package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.report.ReportFormat;
import dev.reviewbot.report.ReportInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path directory;

  @Test
  void formatsMayBeListedOrCommaSeparatedAndRepeatOnlyOnce() {
    assertThat(ReportFiles.formats(List.of("text, SARIF", "json", "text")))
        .containsExactly(ReportFormat.TEXT, ReportFormat.SARIF, ReportFormat.JSON);
  }

  @Test
  void anUnknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> ReportFiles.formats(List.of("html")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text, json, sarif, checkstyle, markdown");
  }

  @Test
  void eachFormatGetsItsOwnFileNamedForTheToolsThatReadIt() throws IOException {
    ReportInput clean =
        new ReportInput(
            List.of(), 0, List.of(), List.of(), List.of(), "main", "working tree", 2, "1.0");

    List<Path> written =
        ReportFiles.write(
            clean,
            Optional.empty(),
            List.of(ReportFormat.values()),
            directory.resolve("reviewbot"));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "report.txt",
            "report.json",
            "report.sarif",
            "report.checkstyle.xml",
            "report.md",
            "report.github.txt");
    assertThat(Files.readString(directory.resolve("reviewbot/report.txt")))
        .isEqualTo("Compared main … working tree\n\nNo findings; 2 files analyzed.\n");
    assertThat(Files.readString(directory.resolve("reviewbot/report.json")))
        .contains("\"version\": \"1.0\"");
  }
}
