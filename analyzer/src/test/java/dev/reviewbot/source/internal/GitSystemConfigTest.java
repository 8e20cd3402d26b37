package dev.reviewbot.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GitSystemConfigTest {
  static List<Arguments> cases() {
    Path etc = Path.of("/etc/gitconfig");
    Path windows = Path.of("C:\\Program Files", "Git", "etc", "gitconfig");
    return List.of(
        Arguments.of(
            "GIT_CONFIG_SYSTEM wins",
            Map.of("GIT_CONFIG_SYSTEM", "/opt/git.conf"),
            "Linux",
            Set.of(etc),
            Path.of("/opt/git.conf")),
        Arguments.of("/etc/gitconfig on Linux", Map.of(), "Linux", Set.of(etc), etc),
        Arguments.of("none on Linux", Map.of(), "Linux", Set.of(), null),
        Arguments.of(
            "Git for Windows",
            Map.of("ProgramFiles", "C:\\Program Files"),
            "Windows 11",
            Set.of(windows),
            windows),
        Arguments.of(
            "none on Windows",
            Map.of("ProgramFiles", "C:\\Program Files"),
            "Windows 11",
            Set.of(),
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsGitsSystemConfigWithoutRunningGit(
      String name, Map<String, String> env, String os, Set<Path> files, Path expected) {
    assertThat(GitSystemConfig.location(env, os, files::contains)).isEqualTo(expected);
  }
}
