package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorCoverageTest {
  @TempDir Path root;

  @Test
  void findsModuleAndAggregateReportsInReactorOrder() throws IOException {
    Path a = root.resolve("module-a/target");
    Path b = root.resolve("module-b/target");
    Path report = root.resolve("report/target");
    write(b.resolve("site/jacoco/jacoco.xml"));
    write(a.resolve("site/jacoco/jacoco.xml"));
    write(report.resolve("site/jacoco-aggregate/jacoco.xml"));

    assertThat(ReactorCoverage.find(List.of(root.resolve("target"), a, b, report)))
        .containsExactly(
            a.resolve("site/jacoco/jacoco.xml"),
            b.resolve("site/jacoco/jacoco.xml"),
            report.resolve("site/jacoco-aggregate/jacoco.xml"));
  }

  @Test
  void aModuleWithoutAReportAddsNothing() {
    assertThat(ReactorCoverage.find(List.of(root.resolve("target")))).isEmpty();
  }

  @Test
  void aBuildDirectoryListedTwiceGivesItsReportOnce() throws IOException {
    Path target = root.resolve("target");
    write(target.resolve("site/jacoco/jacoco.xml"));
    assertThat(ReactorCoverage.find(List.of(target, target))).hasSize(1);
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "<report/>");
  }
}
