package dev.reviewbot.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.reviewbot.engine.Notice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecCoverageReaderTest {
  @TempDir Path dir;

  @Test
  void readsAnExecFileJacocoWrote() throws Exception {
    ByteArrayOutputStream exec = new ByteArrayOutputStream();
    ExecutionDataWriter writer = new ExecutionDataWriter(exec);
    writer.visitSessionInfo(new SessionInfo("ci", 1, 2));
    writer.visitClassExecution(
        new ExecutionData(
            42,
            "com/acme/Cart",
            new boolean[] {true, false, true, true, false, false, true, false, true}));

    assertThat(problems(exec.toByteArray())).isEmpty();
  }

  /**
   * A session header, then one class block ({@code 0x11}, id, name "A") whose probe count is the
   * varint given, followed by nothing: found by ExecCoverageReaderFuzzTest, where jacoco-core
   * allocated the count (up to 2 GB) before noticing the file had ended.
   */
  @ParameterizedTest(name = "probe count {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ffffffff07 | exec file is incomplete (truncated file?); not used
      8080808004 | exec file is incomplete (truncated file?); not used
      09         | exec file is incomplete (truncated file?); not used
      ffffffff0f | not a JaCoCo exec file (class A has a negative probe count); not used
      """)
  void aProbeCountTheFileCannotHoldIsRefusedWithoutAllocatingIt(String varint, String notice)
      throws Exception {
    byte[] exec =
        concat(header(), HexFormat.of().parseHex("11" + "0000000000000001" + "000141" + varint));

    List<Notice> problems = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> problems(exec));

    assertThat(problems)
        .extracting(Notice::path, Notice::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("jacoco.exec", notice));
  }

  private List<Notice> problems(byte[] exec) throws IOException {
    Path file = Files.write(dir.resolve("jacoco.exec"), exec);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    return ExecCoverageReader.read(
            List.of(file), List.of(classes), path -> path.getFileName().toString(), path -> "")
        .problems();
  }

  private static byte[] header() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExecutionDataWriter(out).visitSessionInfo(new SessionInfo("ci", 1, 2));
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
