package dev.reviewbot.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import dev.reviewbot.fuzz.ScratchFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated {@code jacoco.exec} files analyzed against a class directory: the exec route never
 * throws, whatever it is given; what it cannot use becomes a notice naming the exec file.
 */
class ExecCoverageReaderFuzzTest {
  private static ScratchFiles scratch;
  private static Path classes;

  @BeforeContainer
  static void createClassDirectory() throws Exception {
    scratch = ScratchFiles.create();
    classes = scratch.file("classes");
    // any compiled class will do: mutated exec data rarely matches it, and the analysis must cope either way
    Path classFile = classes.resolve("dev/reviewbot/fuzz/FuzzInputs.class");
    Files.createDirectories(classFile.getParent());
    try (InputStream bytes = FuzzInputs.class.getResourceAsStream("/dev/reviewbot/fuzz/FuzzInputs.class")) {
      Files.write(classFile, bytes.readAllBytes());
    }
  }

  @AfterContainer
  static void deleteScratch() throws Exception {
    scratch.close();
  }

  @Property
  void aMutatedExecFileGivesCoverageOrNoticesNamingIt(@ForAll("execFiles") byte[] exec) throws Exception {
    Path file = Files.write(scratch.file("jacoco.exec"), exec);
    AtomicReference<ExecCoverageReader.Result> result = new AtomicReference<>();
    Outcome.of(() -> result.set(ExecCoverageReader.read(List.of(file), List.of(classes),
        path -> path.equals(file) ? "target/jacoco.exec" : "target/classes", path -> "")))
        .isSuccess();
    assertThat(result.get().problems()).allSatisfy(notice -> {
      assertThat(notice.path()).isIn("target/jacoco.exec", "target/classes");
      assertThat(notice.message()).isNotBlank();
    });
  }

  @Provide
  Arbitrary<byte[]> execFiles() {
    return FuzzInputs.of("jacoco-exec").bytes();
  }
}
