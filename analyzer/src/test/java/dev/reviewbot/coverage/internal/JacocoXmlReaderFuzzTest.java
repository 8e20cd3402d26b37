package dev.reviewbot.coverage.internal;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated JaCoCo XML reports: read, or refused with a {@link CoverageInputException} naming the
 * file.
 */
class JacocoXmlReaderFuzzTest {
  private static final FuzzInputs REPORTS = FuzzInputs.of("jacoco-xml");

  @TempDir static Path scratch;

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aSeedIsReadOrRefusedWithFileAndReason(byte[] report) throws IOException {
    isReadOrRefusedWithFileAndReason(report);
  }

  @Test
  void aMutatedReportIsReadOrRefusedWithFileAndReason() {
    REPORTS.forEachMutant(JacocoXmlReaderFuzzTest::isReadOrRefusedWithFileAndReason);
  }

  private static void isReadOrRefusedWithFileAndReason(byte[] report) throws IOException {
    Path file = Files.write(scratch.resolve("jacoco.xml"), report);
    Outcome.of(() -> JacocoXmlReader.read(file, "target/site/jacoco/jacoco.xml"))
        .isSuccessOr(CoverageInputException.class, message -> !message.isBlank());
  }

  static Stream<Named<byte[]>> seeds() {
    return REPORTS.seeds();
  }
}
