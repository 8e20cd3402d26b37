package dev.reviewbot.coverage.internal;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import dev.reviewbot.fuzz.ScratchFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Mutated JaCoCo XML reports: read, or refused with a {@link CoverageInputException} naming the file. */
class JacocoXmlReaderFuzzTest {
  private static ScratchFiles scratch;

  @BeforeContainer
  static void createScratch() throws Exception {
    scratch = ScratchFiles.create();
  }

  @AfterContainer
  static void deleteScratch() throws Exception {
    scratch.close();
  }

  @Property
  void aMutatedReportIsReadOrRefusedWithFileAndReason(@ForAll("reports") byte[] report) throws Exception {
    Path file = Files.write(scratch.file("jacoco.xml"), report);
    Outcome.of(() -> JacocoXmlReader.read(file, "target/site/jacoco/jacoco.xml"))
        .isSuccessOr(CoverageInputException.class, message -> !message.isBlank());
  }

  @Provide
  Arbitrary<byte[]> reports() {
    return FuzzInputs.of("jacoco-xml").bytes();
  }
}
