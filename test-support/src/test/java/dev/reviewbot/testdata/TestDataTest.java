package dev.reviewbot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDataTest {

  @Test
  void findsAFileOfThisModule() {
    Path schema = TestData.file("formats/sarif-schema-2.1.0.json");

    assertThat(schema).isRegularFile();
    assertThat(TestData.text("formats/sarif-schema-2.1.0.json"))
        .contains("Static Analysis Results Format (SARIF) Version 2.1.0");
  }

  @Test
  void keepsTheLicencesBesideTheData() {
    assertThat(TestData.text("github/webhooks/LICENSE")).contains("MIT License");
    assertThat(TestData.text("github/api-recordings/LICENSE.txt")).contains("Kohsuke Kawaguchi");
    assertThat(TestData.text("README.md")).contains("OASIS");
  }

  /** A module built alone gets this module's jar: its files come out as real files, copied once. */
  @Test
  void copiesAFileOutOfTheJarOnce(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("reviewbot-test-support.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(TestData.ROOT + "github/webhooks/ping/payload.json"));
      out.write("{\"zen\":\"Keep it logically awesome.\"}".getBytes(StandardCharsets.UTF_8));
    }

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      TestData inJar = new TestData(loader);
      Path copy = inJar.path("github/webhooks/ping/payload.json");

      assertThat(copy).isRegularFile().hasContent("{\"zen\":\"Keep it logically awesome.\"}");
      assertThat(copy.startsWith(dir)).isFalse();
      assertThat(inJar.path("github/webhooks/ping/payload.json")).isEqualTo(copy);
    }
  }

  @Test
  void aMissingFileNamesWhatWasAskedFor() {
    assertThatThrownBy(() -> TestData.file("github/webhooks/no_such_event/payload.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev/reviewbot/testdata/github/webhooks/no_such_event/payload.json");
  }
}
