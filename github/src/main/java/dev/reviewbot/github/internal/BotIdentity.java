package dev.reviewbot.github.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.function.Predicate;
import org.kohsuke.github.GitHub;

/** Which comment authors are this bot. */
public final class BotIdentity {
  private static final System.Logger LOG = System.getLogger(BotIdentity.class.getName());

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
      LOG.log(Level.INFO, "the token cannot tell its own login ({0}); treating comments by any [bot] account as reviewbot''s",
          Failures.describe(e));
      return login -> login != null && login.endsWith("[bot]");
    }
  }
}
