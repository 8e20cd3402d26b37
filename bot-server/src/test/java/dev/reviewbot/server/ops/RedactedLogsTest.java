package dev.reviewbot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.server.support.ServerInstance;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** No log line shows the credentials part of a URL, whoever logs it. */
@ExtendWith(OutputCaptureExtension.class)
class RedactedLogsTest {
  private static final String TOKEN = "ghp_LeakedIfYouSeeThis0123456789";

  @Test
  void anApiUrlWithATokenInItIsRefusedWithoutTheTokenInTheLog(
      @TempDir Path data, CapturedOutput output) {
    Map<String, String> settings =
        Map.of(
            "reviewbot.github.token",
            "test-token",
            "reviewbot.data-dir",
            data.toString(),
            "reviewbot.github.api-url",
            "https://x-access-token:" + TOKEN + "@ghe.example.com/api/v3");

    assertThatThrownBy(() -> ServerInstance.start(settings).close()).hasMessageNotContaining(TOKEN);

    assertThat(output.getAll()).contains("must not carry credentials").doesNotContain(TOKEN);
  }

  @Test
  @SuppressWarnings("try") // the server only has to run while the test looks at its logs
  void everyLogLineAndStackTraceLosesTheUserInfoOfItsUrls(
      @TempDir Path data, CapturedOutput output) {
    try (ServerInstance server =
        ServerInstance.start(
            Map.of(
                "reviewbot.github.token",
                "test-token",
                "reviewbot.github.api-url",
                "http://127.0.0.1:9/unused",
                "reviewbot.data-dir",
                data.toString(),
                "reviewbot.queue.workers",
                "0"))) {
      LoggerFactory.getLogger("dev.reviewbot.server.anywhere")
          .warn(
              "calling https://user:{}@github.example.com/api and jdbc:postgresql://bot:{}@db/q",
              TOKEN,
              TOKEN,
              new IllegalStateException("failed at https://x:" + TOKEN + "@github.example.com/x"));
    }

    assertThat(output.getAll())
        .doesNotContain(TOKEN)
        .contains("calling https://****@github.example.com/api and jdbc:postgresql://****@db/q")
        .contains("IllegalStateException: failed at https://****@github.example.com/x");
  }
}
