package dev.reviewbot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's clone has no data folder beside it, so no file of the repository may point at one: not
 * by a relative path to the shared folder, nor through the system property that once named it. Test
 * data belongs in this module (see its README).
 */
class NoOutsideDataTest {
  /**
   * The property is matched as a whole name, so a rule id that merely starts with its last word is
   * fine.
   */
  private static final Pattern OUTSIDE =
      Pattern.compile("\\.\\.[/\\\\]shared\\b|reviewbot\\.shared(?![\\w-])");

  @Test
  void noFileOfTheRepositoryRefersToDataOutsideIt() throws IOException {
    List<String> references = references(repositoryRoot());

    if (!references.isEmpty()) {
      fail(
          "These lines refer to data outside the repository; copy what they need into"
              + " test-support/src/main/resources/dev/reviewbot/testdata and read it with TestData:\n  "
              + String.join("\n  ", references));
    }
  }

  @Test
  void namesTheFileAndLineOfEachReferenceAndSkipsBuildOutput(@TempDir Path root)
      throws IOException {
    // assembled here, so that this file does not refer to them itself
    String property = "reviewbot" + ".shared";
    String folder = String.join("/", "..", "shared");
    write(
        root.resolve("pom.xml"),
        "<project>\n  <properties>\n    <" + property + ">x</" + property + ">\n");
    write(
        root.resolve("bench/load.sh"),
        "#!/bin/sh\njava -D" + property + "=\"$root/" + folder + "\" Main\n");
    write(
        root.resolve("src/test/java/ATest.java"),
        "class ATest {\n  Path p = Path.of(\"../" + folder + "/formats\");\n}\n");
    write(root.resolve("rules/Rule.java"), "String id = \"" + property + "-mutable-state\";\n");
    write(root.resolve("target/classes/copied.txt"), folder + "\n");
    write(root.resolve(".git/config"), folder + "\n");

    assertThat(references(root))
        .containsExactlyInAnyOrder(
            "pom.xml:3: <" + property + ">x</" + property + ">",
            "bench/load.sh:2: java -D" + property + "=\"$root/" + folder + "\" Main",
            "src/test/java/ATest.java:2: Path p = Path.of(\"../" + folder + "/formats\");");
  }

  /**
   * Each line matching {@link #OUTSIDE}, as "path:line: text", in every file but build output and
   * git's.
   */
  static List<String> references(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = String.valueOf(dir.getFileName());
            return !dir.equals(root) && (name.equals("target") || name.equals(".git"))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            byte[] bytes = attrs.isRegularFile() ? Files.readAllBytes(file) : new byte[0];
            if (!isBinary(bytes)) {
              String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n|\r", -1);
              for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find()) {
                  found.add(
                      root.relativize(file).toString().replace('\\', '/')
                          + ":"
                          + (i + 1)
                          + ": "
                          + lines[i].strip());
                }
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
  }

  private static boolean isBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** The directory of the parent pom: the nearest one above this module that lists it. */
  static Path repositoryRoot() throws IOException {
    Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    for (Path dir = module.getParent(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom)
          && Files.readString(pom).contains("<module>test-support</module>")) {
        return dir;
      }
    }
    throw new AssertionError("no pom.xml listing <module>test-support</module> above " + module);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
