package dev.reviewbot.server.startup;

/** A setting the bot cannot start with; the message names the setting and what is wrong with it. */
public final class StartupConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public StartupConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
