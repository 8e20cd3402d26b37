package dev.reviewbot.bench;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.internal.JavaParsers;
import dev.reviewbot.rules.duplication.DuplicatedCodeRule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The duplicated-code rule alone (files parsed beforehand, as the engine shares its trees) on a
 * generated change of about {@code LINES} added lines in ten files: ordinary varied methods with a
 * few pasted blocks, and a worst case of one method body repeated all through.
 *
 * <p>Usage: {@code DuplicatedCodeBenchmark [LINES] [ITERATIONS]}. Prints the median CPU and wall
 * time of each; the target is well under a second for 3000 lines.
 */
public final class DuplicatedCodeBenchmark {
  private static final String[] NAMES = {
    "value", "count", "index", "item", "name", "total", "result", "entry", "key", "limit", "offset",
    "buffer", "source", "target", "state", "owner", "label", "size", "delta", "flag"
  };
  private static final String[] CALLS = {
    "add", "remove", "get", "put", "apply", "check", "load", "store", "close", "open"
  };

  private DuplicatedCodeBenchmark() {}

  public static void main(String[] args) {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    run("varied code with pasted blocks", varied(lines), iterations);
    run("one method body repeated throughout", repeated(lines), iterations);
  }

  private static void run(String name, Map<String, String> files, int iterations) {
    Map<String, CompilationUnit> units = new LinkedHashMap<>();
    long parseStart = System.nanoTime();
    files.forEach(
        (path, source) -> units.put(path, JavaParsers.parse(source).getResult().orElseThrow()));
    long parse = System.nanoTime() - parseStart;
    int lineCount = files.values().stream().mapToInt(s -> (int) s.lines().count()).sum();
    long[] nanos = new long[iterations];
    long[] cpu = new long[iterations];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Context context = null;
    for (int i = -3; i < iterations; i++) {
      context = new Context(units);
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      new DuplicatedCodeRule().check(context);
      long took = System.nanoTime() - start;
      long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
      if (i >= 0) {
        nanos[i] = took;
        cpu[i] = tookCpu;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    // CPU time says more than wall time on a busy machine
    System.out.printf(
        "%s: %d files, %d lines: %.1f ms CPU, %.1f ms wall (medians of %d), %d inline and %d summary findings"
            + " (parsing them, once and cold, took %.0f ms)%n",
        name,
        files.size(),
        lineCount,
        cpu[iterations / 2] / 1e6,
        nanos[iterations / 2] / 1e6,
        iterations,
        context.inline,
        context.summary,
        parse / 1e6);
  }

  /**
   * Ten classes of methods built from random statements, with three blocks pasted three times each.
   */
  private static Map<String, String> varied(int lines) {
    SplittableRandom random = new SplittableRandom(12);
    List<String> pasted = List.of(block(random, 8), block(random, 10), block(random, 6));
    Map<String, String> files = new LinkedHashMap<>();
    int perFile = lines / 10;
    for (int f = 0; f < 10; f++) {
      StringBuilder source =
          new StringBuilder(
              "package bench;\n\nimport java.util.*;\n\nclass Generated" + f + " {\n");
      int written = 5;
      for (int m = 0; written < perFile - 2; m++) {
        String body =
            (f + m) % 7 == 3 ? pasted.get((f + m) % 3) : block(random, 4 + random.nextInt(12));
        String method =
            "  int method"
                + m
                + "(List<String> "
                + pick(random, NAMES)
                + "s, int "
                + pick(random, NAMES)
                + ") {\n"
                + body
                + "    return 0;\n  }\n\n";
        source.append(method);
        written += (int) method.lines().count();
      }
      files.put("src/main/java/bench/Generated" + f + ".java", source.append("}\n").toString());
    }
    return files;
  }

  /**
   * One class per file whose methods all have the same body: every window matches hundreds of
   * others.
   */
  private static Map<String, String> repeated(int lines) {
    String body = block(new SplittableRandom(7), 12);
    Map<String, String> files = new LinkedHashMap<>();
    for (int f = 0; f < 10; f++) {
      StringBuilder source =
          new StringBuilder("package bench;\n\nimport java.util.*;\n\nclass Repeated" + f + " {\n");
      int written = 5;
      for (int m = 0; written < lines / 10 - 2; m++) {
        String method =
            "  int method"
                + m
                + "(List<String> items, int limit) {\n"
                + body
                + "    return 0;\n  }\n\n";
        source.append(method);
        written += (int) method.lines().count();
      }
      files.put("src/main/java/bench/Repeated" + f + ".java", source.append("}\n").toString());
    }
    return files;
  }

  private static String block(SplittableRandom random, int statements) {
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < statements; s++) {
      String a = pick(random, NAMES);
      String b = pick(random, NAMES);
      String call = pick(random, CALLS);
      switch (random.nextInt(5)) {
        case 0 ->
            out.append("    int ")
                .append(a)
                .append(s)
                .append(" = ")
                .append(b.length())
                .append(" * ")
                .append(s)
                .append(";\n");
        case 1 ->
            out.append("    if (")
                .append(a)
                .append("s.size() > ")
                .append(s)
                .append(") {\n      ")
                .append(a)
                .append("s.")
                .append(call)
                .append("(\"")
                .append(b)
                .append("\");\n    }\n");
        case 2 ->
            out.append("    for (String ")
                .append(a)
                .append(" : ")
                .append(b)
                .append("s) {\n      System.out.println(")
                .append(a)
                .append(".length() + ")
                .append(s)
                .append(");\n    }\n");
        case 3 ->
            out.append("    try {\n      ")
                .append(a)
                .append("s.")
                .append(call)
                .append("(")
                .append(s)
                .append(
                    ");\n    } catch (RuntimeException e) {\n      throw new IllegalStateException(\"")
                .append(b)
                .append("\", e);\n    }\n");
        default ->
            out.append("    ")
                .append(a)
                .append("s.")
                .append(call)
                .append("(\"")
                .append(b)
                .append(s)
                .append("\");\n");
      }
    }
    return out.toString();
  }

  private static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** The parts of a change context the rule uses: every line added, findings counted. */
  private static final class Context implements ChangeContext {
    private final Map<String, CompilationUnit> units;
    int inline;
    int summary;

    Context(Map<String, CompilationUnit> units) {
      this.units = units;
    }

    @Override
    public List<ChangedFileSummary> files() {
      List<ChangedFileSummary> files = new ArrayList<>();
      units
          .keySet()
          .forEach(
              path ->
                  files.add(
                      new ChangedFileSummary(path, null, ChangeKind.ADDED, 300, 0, false, false)));
      return files;
    }

    @Override
    public boolean isDiff() {
      return true;
    }

    @Override
    public <T> T option(Option<T> option) {
      return option.defaultValue();
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public void report(String message) {
      summary++;
    }

    @Override
    public void report(String key, String message, Severity severity, String suggestion) {
      summary++;
    }

    @Override
    public void report(
        String path, LineRange lines, String key, String message, Severity severity) {
      inline++;
    }

    @Override
    public void report(
        String path,
        LineRange lines,
        String key,
        String message,
        Severity severity,
        Channel channel) {
      if (channel == Channel.SUMMARY) {
        summary++;
      } else {
        inline++;
      }
    }

    @Override
    public ChangedLines changedLines(String path) {
      return ChangedLines.unknown();
    }

    @Override
    public Optional<CompilationUnit> headCompilationUnit(String path) {
      return Optional.ofNullable(units.get(path));
    }
  }
}
