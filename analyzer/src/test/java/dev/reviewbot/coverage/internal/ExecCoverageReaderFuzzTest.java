package dev.reviewbot.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated {@code jacoco.exec} files analyzed against a class directory: the exec route never
 * throws, whatever it is given; what it cannot use becomes a notice naming the exec file.
 */
class ExecCoverageReaderFuzzTest {
  private static final FuzzInputs EXEC_FILES = FuzzInputs.of("jacoco-exec");

  @TempDir static Path scratch;
  private static Path classes;

  @BeforeAll
  static void createClassDirectory() throws IOException {
    classes = scratch.resolve("classes");
    // any compiled class will do: mutated exec data rarely matches it, and the analysis must cope
    // either way
    Path classFile = classes.resolve("dev/reviewbot/fuzz/FuzzInputs.class");
    Files.createDirectories(classFile.getParent());
    try (InputStream bytes =
        FuzzInputs.class.getResourceAsStream("/dev/reviewbot/fuzz/FuzzInputs.class")) {
      Files.write(classFile, bytes.readAllBytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aSeedGivesCoverageOrNoticesNamingIt(byte[] exec) throws IOException {
    givesCoverageOrNoticesNamingIt(exec);
  }

  @Test
  void aMutatedExecFileGivesCoverageOrNoticesNamingIt() {
    EXEC_FILES.forEachMutant(ExecCoverageReaderFuzzTest::givesCoverageOrNoticesNamingIt);
  }

  private static void givesCoverageOrNoticesNamingIt(byte[] exec) throws IOException {
    Path file = Files.write(scratch.resolve("jacoco.exec"), exec);
    AtomicReference<ExecCoverageReader.Result> result = new AtomicReference<>();
    Outcome.of(
            () ->
                result.set(
                    ExecCoverageReader.read(
                        List.of(file),
                        List.of(classes),
                        path -> path.equals(file) ? "target/jacoco.exec" : "target/classes",
                        path -> "")))
        .isSuccess();
    assertThat(result.get().problems())
        .allSatisfy(
            notice -> {
              assertThat(notice.path()).isIn("target/jacoco.exec", "target/classes");
              assertThat(notice.message()).isNotBlank();
            });
  }

  static Stream<Named<byte[]>> seeds() {
    return EXEC_FILES.seeds();
  }
}
