package dev.reviewbot.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CliLoggingTest {
  private final StringWriter err = new StringWriter();

  @AfterEach
  void reset() {
    CliLogging.reset();
  }

  @Test
  void warningsAlwaysDebugOnlyWhenVerboseAndOnlyReviewbotsOwn() {
    CliLogging.quiet(new PrintWriter(err));
    LoggerFactory.getLogger("dev.reviewbot.engine.Analyzer").debug("quiet {}", 1);
    LoggerFactory.getLogger("dev.reviewbot.engine.Analyzer").warn("loud {}", 2);
    CliLogging.verbose(new PrintWriter(err));
    LoggerFactory.getLogger("dev.reviewbot.engine.Analyzer").debug("verbose {}", 3);
    LoggerFactory.getLogger("org.eclipse.jgit.util.FS").debug("a library's debug");

    assertThat(err.toString().lines())
        .containsExactly("[WARN] Analyzer: loud 2", "[DEBUG] Analyzer: verbose 3");
  }

  @Test
  void javaUtilLoggingGoesThroughTheSameLevelsNotToTheConsole() {
    CliLogging.verbose(new PrintWriter(err));
    java.util.logging.Logger hub4j =
        java.util.logging.Logger.getLogger("org.kohsuke.github.GitHubClient");
    hub4j.info("a request");
    hub4j.warning("rate limited");

    assertThat(err.toString().lines()).containsExactly("[WARN] GitHubClient: rate limited");
    assertThat(java.util.logging.Logger.getLogger("").getHandlers())
        .as("the JDK's console handler is gone")
        .noneMatch(h -> h instanceof java.util.logging.ConsoleHandler);
  }
}
