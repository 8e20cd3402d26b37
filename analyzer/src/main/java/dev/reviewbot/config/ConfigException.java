package dev.reviewbot.config;

/**
 * A configuration file that cannot be used. The message names the file, the line and the key, e.g.
 * {@code .reviewbot.yml:7: rules.argument-count.max: expected an integer >= 0 but was string
 * 'six'}, so the command line can print it as the one line a user needs.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String key;
  private final String problem;

  /**
   * @param source the file as the user knows it, e.g. {@code .reviewbot.yml}
   * @param line 1-based, 0 when the problem is with the whole file
   * @param key dotted path of the key, e.g. {@code rules.argument-count.max}; empty for the whole
   *     file
   * @param problem what is wrong, e.g. {@code expected an integer >= 0 but was string 'six'}
   */
  public ConfigException(String source, int line, String key, String problem) {
    this(source, line, key, problem, null);
  }

  public ConfigException(String source, int line, String key, String problem, Throwable cause) {
    super(format(source, line, key, problem), cause);
    this.source = source;
    this.line = line;
    this.key = key == null ? "" : key;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  /** 1-based line of the offending key or value, 0 when unknown. */
  public int line() {
    return line;
  }

  /** Dotted key path, empty when the problem is with the whole file. */
  public String key() {
    return key;
  }

  /** The problem without the location. */
  public String problem() {
    return problem;
  }

  private static String format(String source, int line, String key, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (key != null && !key.isEmpty()) {
      text.append(key).append(": ");
    }
    return text.append(problem).toString();
  }
}
