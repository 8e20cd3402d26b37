package dev.reviewbot.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.source.GitChangeSource.Head;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A change read from git knows the newest release its base contains, and its files as released. */
class LastReleaseTest {
  @TempDir Path dir;

  private ChangeSet read(String base, String head) throws ChangeSourceException {
    try (GitChangeSource source = GitChangeSource.open(dir)) {
      return source.read(base, Head.commit(head));
    }
  }

  @ParameterizedTest(name = "{0} is a release: {1}")
  @CsvSource({
    "v2.4.0, true",
    "2.4, true",
    "jackson-core-2.15.1, true",
    "rel/commons-io-2.12.0, true",
    "jackson-core-2.18.4.1, true",
    "v33.0.0-jre, true",
    "5.4.0.Final, true",
    "commons-commons-collections-4.4, true",
    "release-1.0.RELEASE, true",
    "v2.5.0-rc1, false",
    "jackson-core-2.15.0-rc1, false",
    "commons-collections-4.5.0-M3, false",
    "commons-io-2.22.0-RC2, false",
    "maven-4.0.0-alpha-8, false",
    "maven-4.0.0-rc-5, false",
    "maven-4.0.0-beta-3, false",
    "1.0-SNAPSHOT, false",
    "gson-parent-2.13.2-rc1, false",
    "archive/backport-12089-to-4.0.x, false",
    "latest, false",
    "v1, false",
    "build-42, false"
  })
  void aReleaseTagEndsInAVersionThatIsNoPreRelease(String tag, boolean release) {
    assertThat(Versions.isReleaseTag(tag)).isEqualTo(release);
  }

  @Test
  void releaseTagsSortByTheirVersionNumbersHighestFirst() {
    assertThat(
            Stream.of("v2.9", "v2.10.0", "lib-2.10", "v10.0", "v2.10.1-jre")
                .sorted(Versions.highestFirst())
                .toList())
        .containsExactly("v10.0", "v2.10.1-jre", "v2.10.0", "lib-2.10", "v2.9");
  }

  @ParameterizedTest(name = "{1} after {0}: new major {2}")
  @CsvSource({
    "maven-3.6.3, 4.0.0-alpha-8-SNAPSHOT, true", "jackson-core-2.14.1, 3.0.0-SNAPSHOT, true",
        "v1.9, 2.0, true",
    "jackson-core-2.14.1, 2.15.0-SNAPSHOT, false", "v33.0.0-jre, 33.1.0-SNAPSHOT, false",
        "rel/commons-io-2.12.0, 2.13.0, false",
    "v1.0, '', false", "v1.0, ${revision}, false"
  })
  void aNewMajorVersionIsUnderWayWhenTheBuildsMajorIsAboveTheReleases(
      String tag, String next, boolean major) {
    assertThat(LastRelease.of(tag, Map.of(), next.isEmpty() ? null : next).nextIsMajor())
        .isEqualTo(major);
  }

  @Test
  void theVersionUnderWayIsReadFromTheRootPomOrItsParent() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("one");
      repo.tag("v3.6.3", true);
      repo.write(
              "pom.xml",
              "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <parent><version>40</version></parent>\n"
                  + "  <artifactId>x</artifactId>\n  <version>4.0.0-alpha-8-SNAPSHOT</version>\n</project>\n")
          .commit("two");
      repo.write("A.java", "class A { int x; }\n").commit("three");

      assertThat(read("HEAD~1", "HEAD").lastRelease())
          .extracting(LastRelease::nextVersion, LastRelease::nextIsMajor)
          .containsExactly("4.0.0-alpha-8-SNAPSHOT", true);
    }
  }

  @Test
  void aPomWithADoctypeIsNotReadAndTheVersionIsUnknown() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write(
              "pom.xml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY v \"9.0\">]>\n<project><version>&v;</version></project>\n")
          .write("gradle.properties", "version=2.1.0-SNAPSHOT\n")
          .commit("one");
      repo.tag("v1.0", false);
      repo.write("A.java", "class A {}\n").commit("two");

      assertThat(read("HEAD~1", "HEAD").lastRelease().nextVersion()).isNull();
    }
  }

  @Test
  void theVersionUnderWayIsReadFromGradlePropertiesWithoutAPom() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("gradle.properties", "group=com.acme\nversion = 2.1.0-SNAPSHOT\n").commit("one");
      repo.tag("v1.4.2", false);
      repo.write("A.java", "class A {}\n").commit("two");

      assertThat(read("HEAD~1", "HEAD").lastRelease())
          .extracting(LastRelease::nextVersion, LastRelease::nextIsMajor)
          .containsExactly("2.1.0-SNAPSHOT", true);
    }
  }

  @Test
  void theNewestReleaseTheBaseContainsComesWithTheChangedFilesAsReleased() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("src/Api.java", "public class Api { void v1() {} }\n")
          .write("README", "r\n")
          .commit("one");
      repo.tag("v1.0", false);
      repo.write("src/Api.java", "public class Api { void v2() {} }\n").commit("two");
      repo.tag("lib-1.1", true);
      repo.write("src/Api.java", "public class Api { void v3() {} }\n")
          .write("src/Fresh.java", "class Fresh {}\n")
          .commit("three");
      repo.tag("v1.2.0-rc1", true).branch("side").checkout("side");
      repo.write("README", "side\n").commit("side work");
      repo.tag("v9.9", false).checkout("main");
      repo.write("src/Api.java", "public class Api { void v4() {} }\n")
          .write("src/Fresh.java", "class Fresh { int x; }\n")
          .write("src/New.java", "class New {}\n")
          .commit("four");

      ChangeSet change = read("HEAD~1", "HEAD");

      assertThat(change.lastRelease().tag()).isEqualTo("lib-1.1");
      assertThat(change.lastRelease().content("src/Api.java"))
          .contains("public class Api { void v2() {} }\n");
      assertThat(change.lastRelease().content("src/Fresh.java")).isEmpty();
      assertThat(change.lastRelease().content("README"))
          .as("only the change's Java files are read")
          .isEmpty();
    }
  }

  @Test
  void aRenamedFileIsReadAtItsBasePath() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      String body = "public class Api {\n" + "  public void method() {}\n".repeat(20) + "}\n";
      repo.write("src/old/Api.java", body).commit("one");
      repo.tag("v1.0", true);
      repo.delete("src/old/Api.java")
          .write("src/now/Api.java", body.replace("}\n}", "}\n  // moved\n}"))
          .commit("move");

      ChangeSet change = read("HEAD~1", "HEAD");

      assertThat(change.files())
          .extracting(ChangedFile::oldPath)
          .containsExactly("src/old/Api.java");
      assertThat(change.lastRelease().content("src/old/Api.java")).contains(body);
    }
  }

  @Test
  void withoutReleaseTagsTheReleaseIsUnknown() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("one");
      repo.tag("v1.0-beta", false).tag("nightly", true);
      repo.write("A.java", "class A { int x; }\n").commit("two");

      assertThat(read("HEAD~1", "HEAD").lastReleaseIfKnown()).isEmpty();
    }
  }
}
