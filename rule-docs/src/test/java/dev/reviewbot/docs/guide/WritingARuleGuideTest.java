package dev.reviewbot.docs.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rule-docs/writing-a-rule.md, followed literally: the files it spells out become a project of
 * their own in an empty directory, which Maven builds and tests against the rule API and test kit
 * this reactor just built. So the guide cannot fall behind the API, its version or the plugins a
 * plain Maven needs.
 */
class WritingARuleGuideTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path GUIDE = ROOT.resolve("rule-docs/writing-a-rule.md");

  static GuideFiles guide;

  @BeforeAll
  static void readGuide() throws IOException {
    guide = GuideFiles.read(GUIDE);
  }

  @Test
  void guideSpellsOutACompleteProject() {
    assertThat(guide.files())
        .containsKeys(
            "pom.xml",
            "src/main/java/com/example/house/SecuredEndpointsRule.java",
            "src/main/resources/META-INF/services/dev.reviewbot.api.Rule",
            "src/test/resources/fixtures/house-secured-endpoints/Controllers.java",
            "src/test/java/com/example/house/SecuredEndpointsRuleTest.java");
  }

  @Test
  void guidesPomNamesTheCurrentVersionAndTheReactorsPluginVersions() {
    String pom = guide.files().get("pom.xml");
    assertThat(value(pom, "<reviewbot.version>([^<]+)<"))
        .as("reviewbot.version in the guide's pom")
        .isEqualTo(version());
    assertThat(pluginVersion(pom, "maven-compiler-plugin"))
        .isEqualTo(System.getProperty("guide.compiler-plugin.version"));
    assertThat(pluginVersion(pom, "maven-surefire-plugin"))
        .isEqualTo(System.getProperty("guide.surefire.version"));
    assertThat(pluginVersion(pom, "maven-resources-plugin"))
        .isEqualTo(System.getProperty("guide.resources-plugin.version"));
    assertThat(pluginVersion(pom, "maven-jar-plugin"))
        .isEqualTo(System.getProperty("guide.jar-plugin.version"));
    // the build below has no network: the guide takes the JUnit this build already downloaded
    assertThat(value(pom, "<artifactId>junit-jupiter</artifactId>\\s*<version>([^<]+)<"))
        .isEqualTo(Test.class.getPackage().getImplementationVersion());
  }

  @Test
  void guidesProjectBuildsAndItsFixtureTestPasses(@TempDir Path dir) throws Exception {
    Path project = Files.createDirectory(dir.resolve("house-rules"));
    guide.writeTo(project);
    Path repository = dir.resolve("repository");
    new ReactorArtifacts(ROOT, version()).installInto(repository);

    MavenRun build = MavenRun.run(project, repository, userRepository(), "verify");

    assertThat(build.exitCode())
        .as("mvn verify of the guide's project:\n%s", build.output())
        .isZero();
    assertThat(
            project.resolve(
                "target/surefire-reports/TEST-com.example.house.SecuredEndpointsRuleTest.xml"))
        .content()
        .contains("tests=\"1\"")
        .contains("failures=\"0\"")
        .contains("errors=\"0\"");
    assertThat(project.resolve("target/house-rules-1.0.0.jar")).isRegularFile();
  }

  private static String version() {
    return System.getProperty("reviewbot.version");
  }

  private static Path userRepository() {
    String configured = System.getProperty("guide.user-repository", "");
    return configured.isEmpty()
        ? Path.of(System.getProperty("user.home"), ".m2", "repository")
        : Path.of(configured);
  }

  private static String pluginVersion(String pom, String artifactId) {
    return value(pom, "<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)<");
  }

  private static String value(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
