package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.config.ConfigException;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExitCodeTest {
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new UserError("no such ref"), ExitCode.USAGE),
        Arguments.of(
            new ConfigException(".reviewbot.yml", 3, "rules", "unknown key"), ExitCode.USAGE),
        Arguments.of(new IOException("cannot read"), ExitCode.USAGE),
        Arguments.of(new IllegalArgumentException("bad value"), ExitCode.USAGE),
        Arguments.of(new ActionException("GITHUB_TOKEN is not set"), ExitCode.USAGE),
        Arguments.of(new NullPointerException("x"), ExitCode.INTERNAL),
        Arguments.of(new IllegalStateException("broken invariant"), ExitCode.INTERNAL),
        Arguments.of(new StackOverflowError(), ExitCode.INTERNAL));
  }

  @ParameterizedTest(name = "{0} exits {1}")
  @MethodSource("failures")
  void aProblemTheUserCanFixIsAUsageErrorAndAnythingElseIsInternal(
      Throwable failure, int expected) {
    assertThat(ExitCode.forException(failure)).isEqualTo(expected);
  }

  @Test
  void aUsageErrorIsItsMessageAlone() {
    assertThat(ExitCode.describe(new UserError("no such ref 'nope'")))
        .isEqualTo("no such ref 'nope'");
  }

  @Test
  void anInternalErrorCarriesItsStackTraceAndSaysToReportIt() {
    String text = ExitCode.describe(new IllegalStateException("broken invariant"));

    assertThat(text)
        .startsWith("internal error: java.lang.IllegalStateException: broken invariant\n    at ")
        .contains("ExitCodeTest")
        .endsWith("please report it with the lines above.");
  }
}
