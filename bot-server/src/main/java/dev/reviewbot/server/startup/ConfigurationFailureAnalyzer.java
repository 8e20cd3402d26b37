package dev.reviewbot.server.startup;

import dev.reviewbot.plugin.PluginException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Recognises a start-up failure caused by the operator's settings (a key file, the data directory,
 * the plugins directory) deep inside Spring's bean-creation exceptions, so it is reported as what
 * it is instead of the whole chain.
 */
public final class ConfigurationFailureAnalyzer implements FailureAnalyzer {
  static final String ACTION = "correct the setting and start again";

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StartupConfigurationException) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
      }
      if (cause instanceof PluginException) {
        return new FailureAnalysis("reviewbot.plugins-dir: " + cause.getMessage(), ACTION, cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
