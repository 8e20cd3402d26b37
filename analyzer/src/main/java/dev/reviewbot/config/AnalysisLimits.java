package dev.reviewbot.config;

import dev.reviewbot.api.Option;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code limits:} in {@code .reviewbot.yml}: the budgets that keep one file's analysis bounded.
 * Every loader knows the section, so the command line, the Action and the bot apply the same ones.
 *
 * <pre>{@code
 * limits:
 *   max-file-bytes: 1048576      # larger files are skipped with a notice
 *   max-seconds-per-file: 60     # a file still running after this is skipped with a notice
 *   max-findings-per-rule: 20    # per file; the rest become one finding that counts them
 * }</pre>
 *
 * @param maxFileBytes files larger than this (UTF-8 bytes) are not analyzed
 * @param timePerFile a file whose analysis takes longer is given up
 * @param maxFindingsPerRule findings one rule reports on one file beyond this are counted, not
 *     listed
 */
public record AnalysisLimits(long maxFileBytes, Duration timePerFile, int maxFindingsPerRule) {
  static final Option<Integer> MAX_FILE_BYTES =
      Option.integer(
          "max-file-bytes",
          1024 * 1024,
          1,
          "Files larger than this many bytes are not analyzed; a notice names them.");
  static final Option<Integer> MAX_SECONDS_PER_FILE =
      Option.integer(
          "max-seconds-per-file",
          60,
          1,
          "A file whose analysis takes longer than this is given up; a notice names it.");
  static final Option<Integer> MAX_FINDINGS_PER_RULE =
      Option.integer(
          "max-findings-per-rule",
          20,
          1,
          "At most this many findings of one rule on one file; one more finding counts the rest.");

  public static final AnalysisLimits DEFAULT =
      new AnalysisLimits(
          MAX_FILE_BYTES.defaultValue(),
          Duration.ofSeconds(MAX_SECONDS_PER_FILE.defaultValue()),
          MAX_FINDINGS_PER_RULE.defaultValue());

  public static final ConfigSection<AnalysisLimits> SECTION =
      new ConfigSection<>("limits", AnalysisLimits.class, DEFAULT, AnalysisLimits::read)
          .withSchema(schema());

  static AnalysisLimits read(ConfigNode node) {
    AnalysisLimits limits = DEFAULT;
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      ConfigNode value = entry.getValue();
      switch (entry.getKey()) {
        case "max-file-bytes" ->
            limits =
                new AnalysisLimits(
                    value.convert(MAX_FILE_BYTES), limits.timePerFile, limits.maxFindingsPerRule);
        case "max-seconds-per-file" ->
            limits =
                new AnalysisLimits(
                    limits.maxFileBytes,
                    Duration.ofSeconds(value.convert(MAX_SECONDS_PER_FILE)),
                    limits.maxFindingsPerRule);
        case "max-findings-per-rule" ->
            limits =
                new AnalysisLimits(
                    limits.maxFileBytes, limits.timePerFile, value.convert(MAX_FINDINGS_PER_RULE));
        default ->
            throw value.error(
                "unknown key"
                    + DidYouMean.hint(entry.getKey(), keys())
                    + "; expected one of "
                    + String.join(", ", keys()));
      }
    }
    return limits;
  }

  private static List<String> keys() {
    return options().stream().map(Option::name).toList();
  }

  private static List<Option<Integer>> options() {
    return List.of(MAX_FILE_BYTES, MAX_SECONDS_PER_FILE, MAX_FINDINGS_PER_RULE);
  }

  private static Map<String, Object> schema() {
    Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
    options().forEach(option -> properties.put(option.name(), ConfigSchema.option(option)));
    return SchemaParts.object(
        "Budgets that keep one file's analysis bounded: size, time and findings per rule.",
        properties);
  }
}
