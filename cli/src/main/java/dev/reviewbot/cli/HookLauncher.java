package dev.reviewbot.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the pre-push hook starts reviewbot, decided when it is installed. A path that survives {@code
 * mvn clean} comes first: the {@code ./reviewbot} launcher (it rebuilds the jar when it is gone),
 * then a jar outside a build directory; class directories only for a run from the build itself
 * (tests, an IDE).
 *
 * @param command the words before {@code hook pre-push}
 * @param needs the file the command needs; the hook checks it is still there before using it
 */
record HookLauncher(List<String> command, Path needs) {
  /** Set by the {@code ./reviewbot} launcher script to its own path. */
  static final String LAUNCHER_ENV = "REVIEWBOT_LAUNCHER";

  static final String LAUNCHER_NAME = "reviewbot";

  static HookLauncher find(Map<String, String> env) {
    return find(env, codeSource(), Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  static HookLauncher find(Map<String, String> env, Path codeSource, Path java) {
    String launcher = env.get(LAUNCHER_ENV);
    if (launcher != null && !launcher.isBlank() && Files.isExecutable(Path.of(launcher))) {
      return launcher(Path.of(launcher).toAbsolutePath());
    }
    if (Files.isRegularFile(codeSource)) {
      // <clone>/cli/target/reviewbot-cli.jar: the clone's launcher outlives the jar
      Path build = codeSource.getParent();
      if (build != null
          && build.getFileName() != null
          && build.getFileName().toString().equals("target")
          && build.getParent() != null
          && build.getParent().getParent() != null) {
        Path clonesLauncher = build.getParent().getParent().resolve(LAUNCHER_NAME);
        if (Files.isExecutable(clonesLauncher)) {
          return launcher(clonesLauncher);
        }
      }
      return new HookLauncher(List.of(java.toString(), "-jar", codeSource.toString()), codeSource);
    }
    String classPath = System.getProperty("java.class.path").replace(File.pathSeparator, ":");
    return new HookLauncher(
        List.of(java.toString(), "-cp", classPath, Main.class.getName()), codeSource);
  }

  private static HookLauncher launcher(Path path) {
    return new HookLauncher(List.of(path.toString()), path);
  }

  /** The jar, or class directory, this CLI was started from. */
  private static Path codeSource() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "cannot tell where reviewbot runs from: " + e.getMessage(), e);
    }
  }
}
