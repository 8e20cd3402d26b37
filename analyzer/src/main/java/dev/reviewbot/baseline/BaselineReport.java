package dev.reviewbot.baseline;

import dev.reviewbot.api.Finding;
import java.util.List;

/**
 * How a run compared with its baseline, for reporters.
 *
 * @param applied whether the run had a baseline at all (SARIF then gives every result a {@code
 *     baselineState})
 * @param unchanged the baselined findings the filter mode shows, in report order
 * @param baselined how many findings the baseline held, shown or not
 * @param absent entries whose file the run analyzed without finding them any more
 */
public record BaselineReport(
    boolean applied, List<Finding> unchanged, int baselined, List<BaselineEntry> absent) {
  public static final BaselineReport NONE = new BaselineReport(false, List.of(), 0, List.of());

  public BaselineReport {
    unchanged = List.copyOf(unchanged);
    absent = List.copyOf(absent);
  }
}
