package dev.reviewbot.plugin;

import java.nio.file.Path;

/** A plugin jar that cannot be used; the message names the jar and what is wrong with it. */
public final class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path jar;

  public PluginException(Path jar, String message) {
    this(jar, message, null);
  }

  public PluginException(Path jar, String message, Throwable cause) {
    super(message, cause);
    this.jar = jar;
  }

  /** The jar (or plugins directory) the problem is with. */
  public Path jar() {
    return jar;
  }
}
