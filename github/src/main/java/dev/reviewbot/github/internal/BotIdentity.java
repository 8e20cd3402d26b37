package dev.reviewbot.github.internal;

import java.io.IOException;
import java.util.function.Predicate;
import org.kohsuke.github.GitHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which comment authors are this bot. */
public final class BotIdentity {
  private static final Logger LOG = LoggerFactory.getLogger(BotIdentity.class);

  private BotIdentity() {}

  /**
   * The configured login; else the token's own login ({@code GET /user}); else, for tokens that
   * cannot ask (installation tokens, {@code GITHUB_TOKEN}), any {@code [bot]} account.
   */
  public static Predicate<String> resolve(String configuredLogin, GitHub github) {
    if (configuredLogin != null && !configuredLogin.isBlank()) {
      return configuredLogin::equalsIgnoreCase;
    }
    try {
      String login = github.getMyself().getLogin();
      return login::equalsIgnoreCase;
    } catch (IOException e) {
      LOG.info(
          "the token cannot tell its own login ({}); treating comments by any [bot] account as reviewbot's",
          Failures.describe(e));
      return login -> login != null && login.endsWith("[bot]");
    }
  }
}
