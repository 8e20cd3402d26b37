package dev.reviewbot.action.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepOutputsTest {
  @TempDir Path dir;

  @Test
  void valuesWithLineBreaksAndLookalikeLinesCannotEndTheirEntryOrSetAnother() throws Exception {
    Path file = dir.resolve("output");
    Files.writeString(file, "earlier=kept\n");
    String sneaky =
        "first line\nfindings=999\nghadelimiter_00000000-0000-0000-0000-000000000000\nerrors<<EOF";

    new StepOutputs()
        .put("findings", 3)
        .put("message", sneaky)
        .put("patch-coverage", "")
        .appendTo(file);

    assertThat(OutputsFile.read(file))
        .containsExactly(
            java.util.Map.entry("earlier", "kept"),
            java.util.Map.entry("findings", "3"),
            java.util.Map.entry("message", sneaky),
            java.util.Map.entry("patch-coverage", ""));
  }

  @Test
  void withoutAnOutputsFileNothingIsWritten() throws Exception {
    new StepOutputs().put("findings", 3).appendTo(null);

    assertThat(dir).isEmptyDirectory();
  }
}
