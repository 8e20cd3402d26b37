package dev.reviewbot.bench;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.internal.JavaParsers;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Parse-only versus full analysis on the same files, same thread count.
 *
 * <p>Usage: {@code AnalysisBenchmark DIR [ITERATIONS] [THREADS]}. Prints the median of each and
 * their ratio; the target is full analysis at most 1.25 x parse-only.
 */
public final class AnalysisBenchmark {
  private AnalysisBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    List<ChangedFile> files = read(root);
    RuleRegistry rules = RuleRegistry.builtIn();
    ChangeSet change = new ChangeSet(null, "benchmark", null, files);
    System.out.printf(
        "files: %d (%d KB), rules: %d, threads: %d, iterations: %d (+2 warm-up)%n",
        files.size(),
        files.stream().mapToLong(f -> f.headContent().length()).sum() / 1024,
        rules.all().size(),
        threads,
        iterations);

    long[] parse = new long[iterations];
    long[] full = new long[iterations];
    AnalysisResult last = null;
    for (int i = -2; i < iterations; i++) {
      long p = time(() -> parseOnly(files, threads));
      long[] holder = new long[1];
      AnalysisResult[] result = new AnalysisResult[1];
      holder[0] =
          time(
              () ->
                  result[0] =
                      new Analyzer(rules, ReviewConfig.defaults(), threads).analyze(change));
      last = result[0];
      if (i >= 0) {
        parse[i] = p;
        full[i] = holder[0];
      }
    }
    long parseMedian = median(parse);
    long fullMedian = median(full);
    System.out.printf("parse-only: %d ms (median)%n", parseMedian);
    System.out.printf("full analysis: %d ms (median)%n", fullMedian);
    System.out.printf(
        "ratio full/parse: %.2f (target <= 1.25)%n", (double) fullMedian / parseMedian);
    System.out.printf(
        "findings: %d, notices: %d, crashes: %d%n",
        last.findings().size(), last.notices().size(), last.crashes().size());
  }

  private static void parseOnly(List<ChangedFile> files, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (ChangedFile file : files) {
        futures.add(pool.submit(() -> JavaParsers.parse(file.headContent())));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long time(Runnable task) {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<ChangedFile> read(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .map(
              p -> {
                try {
                  return ChangedFile.scanned(
                      root.relativize(p).toString().replace('\\', '/'),
                      Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
