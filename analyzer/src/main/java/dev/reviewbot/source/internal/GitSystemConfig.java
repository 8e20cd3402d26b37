package dev.reviewbot.source.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jgit.util.FS;

/**
 * Tells JGit where git's system-wide config file is. Left alone, JGit finds it by running {@code
 * git --version} and {@code git config --system --show-origin}: two processes, about a second of
 * start-up on a small machine, and a dependency on the git command we promise not to have.
 */
public final class GitSystemConfig {
  private static volatile boolean configured;

  private GitSystemConfig() {}

  /**
   * Sets the location once per process, unless {@code GIT_CONFIG_NOSYSTEM} turns the file off
   * anyway.
   */
  public static void configureJGit() {
    if (configured) {
      return;
    }
    synchronized (GitSystemConfig.class) {
      if (!configured) {
        Path location =
            location(System.getenv(), System.getProperty("os.name", ""), Files::isRegularFile);
        FS.DETECTED.setGitSystemConfig(location == null ? null : location.toFile());
        configured = true;
      }
    }
  }

  /**
   * Where git looks: {@code GIT_CONFIG_SYSTEM} if set, else {@code /etc/gitconfig} (Linux packages,
   * macOS), else on Windows Git for Windows' {@code etc\gitconfig} (which sets {@code
   * core.autocrlf}); {@code null} when there is none.
   */
  static Path location(Map<String, String> env, String osName, Predicate<Path> exists) {
    String explicit = env.get("GIT_CONFIG_SYSTEM");
    if (explicit != null && !explicit.isEmpty()) {
      return Path.of(explicit);
    }
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      for (String root : new String[] {env.get("ProgramW6432"), env.get("ProgramFiles")}) {
        if (root != null) {
          Path candidate = Path.of(root, "Git", "etc", "gitconfig");
          if (exists.test(candidate)) {
            return candidate;
          }
        }
      }
      return null;
    }
    Path etc = Path.of(File.separator, "etc", "gitconfig");
    return exists.test(etc) ? etc : null;
  }
}
