package dev.reviewbot.docs.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Maven build of another project in its own process, with a local repository of its own and no
 * network: every third-party artifact comes from the user's local repository (which the reactor
 * build filled), read as a {@code file:} mirror of every remote.
 *
 * @param exitCode the build's exit code
 * @param output what it printed, standard error included
 */
record MavenRun(int exitCode, String output) {
  private static final long TIMEOUT_MINUTES = 5;

  static MavenRun run(Path project, Path localRepository, Path userRepository, String... goals)
      throws IOException, InterruptedException {
    Path settings = project.resolveSibling(project.getFileName() + "-settings.xml");
    Files.writeString(settings, settings(localRepository, userRepository), StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(mvn(), "-B", "-q", "-s", settings.toString(), "-Dstyle.color=never"));
    command.addAll(List.of(goals));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new MavenRun(
          -1,
          "timed out after "
              + TIMEOUT_MINUTES
              + " minutes\n"
              + new String(output, StandardCharsets.UTF_8));
    }
    return new MavenRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /**
   * The Maven running this build ({@code maven.home}, set by the pom), else {@code mvn} on the
   * PATH.
   */
  private static String mvn() {
    String home = System.getProperty("maven.home", "");
    Path script = Path.of(home, "bin", isWindows() ? "mvn.cmd" : "mvn");
    return !home.isEmpty() && Files.isRegularFile(script)
        ? script.toString()
        : (isWindows() ? "mvn.cmd" : "mvn");
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "")
        .toLowerCase(java.util.Locale.ROOT)
        .startsWith("windows");
  }

  private static String settings(Path localRepository, Path userRepository) {
    return """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>user-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """
        .formatted(localRepository, userRepository.toUri());
  }
}
