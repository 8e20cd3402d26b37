package dev.reviewbot.eval;

import dev.reviewbot.eval.CommitRun.Result;
import dev.reviewbot.eval.CommitRun.Row;
import dev.reviewbot.eval.CommitRun.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a run, as text. */
final class Report {
  /** The bar (eval/README.md): at least this share of labelled inline comments useful or debatable. */
  static final double USEFUL_BAR = 0.90;
  /** The bar: at most this many inline comments on the median commit. */
  static final double MEDIAN_BAR = 1.0;

  private final List<Result> results;
  private final Labels labels;
  private final long wallMillis;
  private final String setup;

  Report(List<Result> results, Labels labels, long wallMillis, String setup) {
    this.results = results;
    this.labels = labels;
    this.wallMillis = wallMillis;
    this.setup = setup;
  }

  /** The label of an inline row, or "" when it has none yet. */
  String labelOf(Row row) {
    return labels.of(row.repo(), row.sha(), row.finding().ruleId(), row.finding().fingerprint()).orElse("");
  }

  List<Row> unlabelled() {
    return results.stream().flatMap(r -> r.rows().stream())
        .filter(row -> row.source() == Source.INLINE && labelOf(row).isEmpty()).toList();
  }

  String render() {
    StringBuilder text = new StringBuilder();
    List<Result> ran = results.stream().filter(r -> !r.crashed()).toList();
    List<Result> crashed = results.stream().filter(Result::crashed).toList();
    text.append("reviewbot evaluation on real commits\n").append(setup).append('\n');
    text.append(String.format(Locale.ROOT, "commits: %d run, %d crashed; wall time %.1f s, review time per commit median %d ms, max %d ms%n",
        results.size(), crashed.size(), wallMillis / 1000.0,
        Math.round(median(results.stream().map(r -> (double) r.millis()).toList())),
        results.stream().mapToLong(Result::millis).max().orElse(0)));
    Map<String, int[]> perRepo = new TreeMap<>();
    for (Result r : results) {
      int[] counts = perRepo.computeIfAbsent(r.commit().repo(), k -> new int[3]);
      counts[0]++;
      counts[1] += (int) r.inline();
      counts[2] += (int) r.summary();
    }
    perRepo.forEach((repo, c) -> text.append(String.format(Locale.ROOT, "  %-28s %3d commits %4d inline %5d summary%n", repo, c[0], c[1], c[2])));
    for (Result r : crashed) {
      text.append("  CRASH ").append(r.commit().repo()).append(' ').append(r.commit().shortSha()).append(": ")
          .append(r.error()).append('\n');
    }
    long ruleCrashes = ran.stream().mapToLong(r -> r.ruleCrashes().size()).sum();
    if (ruleCrashes > 0) {
      Map<String, Integer> byRule = new TreeMap<>();
      ran.forEach(r -> r.ruleCrashes().forEach(id -> byRule.merge(id, 1, Integer::sum)));
      text.append("rule crashes inside runs: ").append(ruleCrashes).append(' ').append(byRule).append('\n');
    }
    text.append("files that could not be analyzed (notices): ").append(ran.stream().mapToInt(Result::notices).sum()).append('\n');

    List<Double> perCommit = ran.stream().map(r -> (double) r.inline()).toList();
    double median = median(perCommit);
    text.append(String.format(Locale.ROOT, "%ninline comments per commit: median %s, p90 %s, max %s, mean %.2f; commits with none: %d of %d%n",
        number(median), number(percentile(perCommit, 0.90)), number(perCommit.stream().mapToDouble(d -> d).max().orElse(0)),
        perCommit.stream().mapToDouble(d -> d).average().orElse(0), perCommit.stream().filter(d -> d == 0).count(), ran.size()));
    Map<String, List<Double>> byKind = new TreeMap<>();
    ran.forEach(r -> byKind.computeIfAbsent(r.commit().kind(), k -> new ArrayList<>()).add((double) r.inline()));
    byKind.forEach((kind, values) -> text.append(String.format(Locale.ROOT, "  %-10s %3d commits: median %s, p90 %s, max %s, total %d%n",
        kind, values.size(), number(median(values)), number(percentile(values, 0.90)),
        number(values.stream().mapToDouble(d -> d).max().orElse(0)), Math.round(values.stream().mapToDouble(d -> d).sum()))));

    Map<String, long[]> perRule = new LinkedHashMap<>();
    long[] total = new long[6];
    for (Result r : ran) {
      for (Row row : r.rows()) {
        long[] c = perRule.computeIfAbsent(row.finding().ruleId(), k -> new long[6]);
        int slot;
        if (row.source() != Source.INLINE) {
          slot = 5;
        } else {
          slot = switch (labelOf(row)) {
            case "useful" -> 1;
            case "debatable" -> 2;
            case "noise" -> 3;
            default -> 4;
          };
          c[0]++;
          total[0]++;
        }
        c[slot]++;
        total[slot]++;
      }
    }
    text.append(String.format(Locale.ROOT, "%nper rule%n  %-40s %7s %7s %9s %6s %11s %8s%n",
        "rule", "inline", "useful", "debatable", "noise", "unlabelled", "summary"));
    perRule.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparingLong(e -> -e.getValue()[5]).thenComparing(Map.Entry::getKey))
        .forEach(e -> text.append(ruleLine(e.getKey(), e.getValue())));
    text.append(ruleLine("(all rules)", total));

    long labelled = total[1] + total[2] + total[3];
    text.append(String.format(Locale.ROOT, "%nlabelled inline comments: %d of %d", labelled, total[0]));
    if (labelled > 0) {
      double good = (double) (total[1] + total[2]) / labelled;
      text.append(String.format(Locale.ROOT, "; useful or debatable %.1f %%, noise %.1f %%%n", 100 * good, 100.0 * total[3] / labelled));
      text.append(String.format(Locale.ROOT, "bar: useful or debatable >= %.0f %%: %s; median inline per commit <= %s: %s%n",
          100 * USEFUL_BAR, good >= USEFUL_BAR ? "met" : "NOT met", number(MEDIAN_BAR), median <= MEDIAN_BAR ? "met" : "NOT met"));
    } else {
      text.append(String.format(Locale.ROOT, "; nothing labelled yet%nbar: median inline per commit <= %s: %s%n",
          number(MEDIAN_BAR), median <= MEDIAN_BAR ? "met" : "NOT met"));
    }

    List<Row> unlabelled = unlabelled();
    text.append(String.format(Locale.ROOT, "%ninline comments without a label: %d (eval/out/unlabelled.tsv)%n", unlabelled.size()));
    for (Row row : unlabelled) {
      String message = Tsv.cell(row.finding().message());
      text.append(String.format(Locale.ROOT, "  %s %s %s %s:%d%s  %s%n", row.repo(), row.sha().substring(0, 12), row.finding().ruleId(),
          row.path(), row.line(), row.places() > 1 ? " (+" + (row.places() - 1) + " places)" : "",
          message.length() > 200 ? message.substring(0, 197) + "..." : message));
    }
    return text.toString();
  }

  private static String ruleLine(String rule, long[] c) {
    return String.format(Locale.ROOT, "  %-40s %7d %7d %9d %6d %11d %8d%n", rule, c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
