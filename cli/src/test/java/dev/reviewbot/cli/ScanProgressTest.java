package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScanProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private ScanProgress progress(boolean enabled) {
    return new ScanProgress(new PrintWriter(err, true), now::get, enabled);
  }

  @Test
  void aLongScanOnATerminalShowsFilesDoneOfTotalAndTheTimeSoFarThenWipesTheLine() {
    ScanProgress progress = progress(true);
    progress.filesDone(0, 800);
    now.set(TimeUnit.SECONDS.toNanos(12));
    progress.filesDone(120, 800);
    progress.close();

    assertThat(err.toString()).startsWith("\rscanning 120/800 files, 12s").endsWith("\r");
    assertThat(err.toString().substring(err.toString().lastIndexOf("12s") + 3)).isBlank();
  }

  @Test
  void aShortScanShowsNothing() {
    ScanProgress progress = progress(true);
    progress.filesDone(3, 3);
    progress.close();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void nothingIsShownInCiOrWhenOutputIsPiped() {
    assertThat(ScanProgress.shows(true, Map.of())).isTrue();
    assertThat(ScanProgress.shows(true, Map.of("CI", "true"))).as("CI logs").isFalse();
    assertThat(ScanProgress.shows(false, Map.of())).as("piped: no console").isFalse();

    ScanProgress disabled = progress(false);
    now.set(TimeUnit.MINUTES.toNanos(5));
    disabled.filesDone(10, 20);
    disabled.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aScanRunFromTheseTestsIsPipedAndPrintsNoProgress() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scan");
    java.nio.file.Files.writeString(dir.resolve("A.java"), "class A {}\n");

    CliRun run = CliRun.of("scan", dir.toString());

    assertThat(run.err()).doesNotContain("scanning");
  }

  @Test
  void elapsedTimeReadsInSecondsThenMinutes() {
    assertThat(ScanProgress.elapsed(TimeUnit.SECONDS.toNanos(59))).isEqualTo("59s");
    assertThat(ScanProgress.elapsed(TimeUnit.SECONDS.toNanos(65))).isEqualTo("1m05s");
  }
}
