package dev.reviewbot.baseline;

import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.ConfigSection;
import dev.reviewbot.config.SchemaParts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code baseline: FILE} in {@code .reviewbot.yml}: the baseline {@code check} and {@code scan} use
 * when no {@code --baseline} is given. The path is relative to the configuration file.
 *
 * @param file the baseline file, resolved against the configuration file's directory when it was
 *     read from a file
 * @param declaredAt where it was set, e.g. {@code .reviewbot.yml:4}, for messages
 */
public record BaselineSetting(Path file, String declaredAt) {
  /** The top-level section; its default is {@code null}: no baseline. */
  public static final ConfigSection<BaselineSetting> SECTION =
      new ConfigSection<>("baseline", BaselineSetting.class, null, BaselineSetting::read)
          .withSchema(
              SchemaParts.string(
                  "Baseline file written by 'reviewbot baseline', relative to this file: "
                      + "check and scan report only findings not in it."));

  static BaselineSetting read(ConfigNode node) {
    Path file =
        node.parse(
            text -> {
              if (text.isBlank()) {
                throw new IllegalArgumentException(
                    "expected the path of a baseline file but was an empty string");
              }
              try {
                return Path.of(text.trim());
              } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a valid path: " + e.getMessage(), e);
              }
            });
    Path resolved = node.directory().map(dir -> dir.resolve(file).normalize()).orElse(file);
    return new BaselineSetting(resolved, node.source() + ":" + node.line());
  }

  /** The baseline, read. */
  public Baseline load() {
    try {
      return BaselineFile.read(file);
    } catch (BaselineException e) {
      throw new BaselineException(e.getMessage() + " (baseline: set in " + declaredAt + ")", e);
    }
  }
}
