package dev.reviewbot.rules.change;

import static dev.reviewbot.rules.RuleRunner.findings;
import static dev.reviewbot.rules.RuleRunner.javaClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.rules.Changes;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UntestedChangeRuleTest {
  private static final String DIR = "core/src/main/java/dev/x/";
  private static final String SERVICE = DIR + "Service.java";
  private static final String SERVICE_TEST = "core/src/test/java/dev/x/ServiceTest.java";
  private static final String CLIENT = DIR + "Client.java";
  private static final String CLIENT_SOURCE =
      """
      package dev.x;

      import java.util.List;

      final class Client {
        int run(List<Integer> values) {
          Service service = new Service(values);
          return service.total() + Service.clamp(0, 1, 2);
        }
      }
      """;

  /**
   * Every option that could hide a change set to its most sensitive: a quiet case must count
   * nothing at all.
   */
  private static final Map<String, Object> SENSITIVE = Map.of("minStatements", 1);

  private static final String LICENCE =
      """
      /*
       * Licensed to the Apache Software Foundation (ASF) under one or more
       * contributor license agreements.
       */
      """;

  private static final String SERVICE_SOURCE =
      LICENCE
          + """
      package dev.x;

      import java.util.List;

      /** Sums things. */
      public class Service {
        private final List<Integer> values;

        public Service(List<Integer> values) {
          this.values = values;
        }

        /** The total. */
        public int total() {
          int sum = 0;
          for (int v : values) {
            sum += v;
          }
          return sum;
        }

        public double mean() {
          return total() / (double) values.size();
        }

        public int max() {
          int best = Integer.MIN_VALUE;
          for (int v : values) {
            if (v > best) {
              best = v;
            }
          }
          return best;
        }

        static int clamp(int v, int lo, int hi) {
          return Math.max(lo, Math.min(hi, v));
        }
      }
      """;

  private static final String MAX =
      """
        public int max() {
          int best = Integer.MIN_VALUE;
          for (int v : values) {
            if (v > best) {
              best = v;
            }
          }
          return best;
        }

      """;

  private static final String CLAMP =
      """
        static int clamp(int v, int lo, int hi) {
          return Math.max(lo, Math.min(hi, v));
        }
      """;

  @TempDir Path dir;

  /** A base commit with the production class and its test, then {@code change} committed on top. */
  private List<Finding> afterChange(Consumer<TestGitRepo> change, Map<String, Object> options) {
    try (TestGitRepo repo = TestGitRepo.init(dir)) {
      ObjectId base =
          repo.write(SERVICE, SERVICE_SOURCE)
              .write(CLIENT, CLIENT_SOURCE)
              .write(SERVICE_TEST, javaClass("ServiceTest", 3))
              .write("README.md", "hello\n")
              .commit("base");
      change.accept(repo);
      ObjectId head = repo.commit("change");
      return findings(UntestedChangeRule.class, Changes.between(repo, base, head), options);
    }
  }

  private static Consumer<TestGitRepo> edit(String from, String to) {
    return repo -> repo.write(SERVICE, replaced(from, to));
  }

  private static String replaced(String from, String to) {
    assertThat(SERVICE_SOURCE).contains(from);
    return SERVICE_SOURCE.replace(from, to);
  }

  /** A new method of {@code count} statements, inserted before {@code clamp}. */
  private static String withNewMethod(int count) {
    String body =
        IntStream.rangeClosed(1, count)
            .mapToObj(i -> "    log(\"step " + i + "\");\n")
            .collect(Collectors.joining());
    return replaced(CLAMP, "  void audit() {\n" + body + "  }\n\n" + CLAMP);
  }

  static Stream<Arguments> changesThatAreNotBehaviour() {
    return Stream.of(
        Arguments.of(
            "only Javadoc changed",
            edit(
                "/** The total. */",
                "/**\n   * The total of all values, {@code 0} when there are none.\n   *\n   * @return the sum\n   */")),
        Arguments.of(
            "only comments changed",
            edit("int sum = 0;", "int sum = 0; // running total\n    /* values may be empty */")),
        Arguments.of(
            "only the licence header changed",
            edit(
                "under one or more\n * contributor license agreements.",
                "under one or more contributor license agreements; see the NOTICE file.")),
        Arguments.of(
            "braces moved and lines re-wrapped",
            edit(
                "    for (int v : values) {\n      if (v > best) {\n        best = v;\n      }\n    }\n",
                "    for (int v : values)\n    {\n      if (v > best)\n        best =\n            v;\n    }\n")),
        Arguments.of(
            "the whole file re-indented",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        SERVICE_SOURCE
                            .lines()
                            .map(l -> l.replaceFirst("^( +)", "$1$1"))
                            .collect(Collectors.joining("\n", "", "\n")))),
        Arguments.of(
            "imports, annotations and final changed",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        SERVICE_SOURCE
                            .replace(
                                "import java.util.List;",
                                "import java.util.*;\nimport java.util.Map;")
                            .replace(
                                "public double mean()",
                                "@Override\n  @SuppressWarnings(\"unused\")\n  public final double mean()")
                            .replace("for (int v : values)", "for (final int v : values)"))),
        Arguments.of(
            "a method moved within the file",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        replaced(MAX + CLAMP, CLAMP)
                            .replace("  /** The total. */", MAX + "  /** The total. */"))),
        Arguments.of(
            "a method moved unchanged to another file",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(SERVICE, replaced(CLAMP, ""))
                        .write(
                            DIR + "Numbers.java",
                            "package dev.x;\n\nfinal class Numbers {\n" + CLAMP + "}\n")),
        Arguments.of(
            "the file and its class renamed",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.delete(SERVICE)
                        .write(DIR + "Summer.java", SERVICE_SOURCE.replace("Service", "Summer"))),
        Arguments.of(
            "a class renamed with the code that uses it",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.delete(SERVICE)
                        .write(DIR + "Summer.java", SERVICE_SOURCE.replace("Service", "Summer"))
                        .write(CLIENT, CLIENT_SOURCE.replace("Service", "Summer"))),
        Arguments.of(
            "a method renamed with its callers in another file",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                            SERVICE,
                            SERVICE_SOURCE
                                .replace("int total()", "int sum()")
                                .replace("return total()", "return sum()"))
                        .write(CLIENT, CLIENT_SOURCE.replace("service.total()", "service.sum()"))),
        Arguments.of(
            "the file moved to another package",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.delete(SERVICE)
                        .write(
                            "core/src/main/java/dev/y/Service.java",
                            SERVICE_SOURCE.replace("package dev.x;", "package dev.y;"))),
        Arguments.of(
            "a method renamed with its caller",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        SERVICE_SOURCE
                            .replace("public int total()", "public int sum()")
                            .replace("return total()", "return sum()"))),
        Arguments.of(
            "parameters renamed, one to the name of a method it calls",
            edit(
                CLAMP,
                CLAMP
                    .replace("int v, int lo, int hi", "int value, int min, int max")
                    .replace(
                        "Math.max(lo, Math.min(hi, v))", "Math.max(min, Math.min(max, value))"))),
        Arguments.of(
            "a local variable renamed",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        SERVICE_SOURCE
                            .replace("int sum = 0;", "int total = 0;")
                            .replace("sum += v;", "total += v;")
                            .replace("return sum;", "return total;"))),
        Arguments.of(
            "production code only deleted", (Consumer<TestGitRepo>) repo -> repo.delete(SERVICE)),
        Arguments.of("a method only deleted", edit(CLAMP, "")),
        Arguments.of(
            "only package-info.java and module-info.java changed",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(DIR + "package-info.java", "/** Docs. */\npackage dev.x;\n")
                        .write("core/src/main/java/module-info.java", "module dev.x {}\n")),
        Arguments.of(
            "only generated code changed",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        "core/target/generated-sources/dev/x/Dto.java", javaClass("Dto", 20))),
        Arguments.of(
            "only documentation changed",
            (Consumer<TestGitRepo>) repo -> repo.write("README.md", "hello\nworld\n")));
  }

  @ParameterizedTest(name = "quiet when {0}")
  @MethodSource("changesThatAreNotBehaviour")
  void countsNoBehaviourIn(String name, Consumer<TestGitRepo> change) {
    assertThat(afterChange(change, SENSITIVE)).isEmpty();
  }

  static Stream<Arguments> changesWithATest() {
    return Stream.of(
        Arguments.of(
            "the test changed too",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(SERVICE, withNewMethod(10))
                        .write(SERVICE_TEST, javaClass("ServiceTest", 4))),
        Arguments.of(
            "a new test file came with it",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(SERVICE, withNewMethod(10))
                        .write(
                            "core/src/test/java/dev/x/OtherTest.java", javaClass("OtherTest", 1))),
        Arguments.of(
            "test resources changed with it",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(SERVICE, withNewMethod(10))
                        .write("core/src/test/resources/case.json", "{}\n")));
  }

  @ParameterizedTest(name = "quiet when {0}")
  @MethodSource("changesWithATest")
  void aTestChangeCountsAsTested(String name, Consumer<TestGitRepo> change) {
    assertThat(afterChange(change, SENSITIVE)).isEmpty();
  }

  @Test
  void tenNewStatementsWithoutATestAreOneSummaryFinding() {
    List<Finding> found = afterChange(repo -> repo.write(SERVICE, withNewMethod(10)), Map.of());

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.isChangeLevel()).isTrue();
              assertThat(f.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .startsWith(
                      "Production code changed with no test change: 10 statements in 1 method of "
                          + SERVICE
                          + " (comments, ");
              assertThat(f.suggestion()).contains("Add or update a test");
            });
  }

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of(
            "a one-statement fix under the default",
            edit("v > best", "v >= best"),
            Map.of(),
            false),
        Arguments.of(
            "four new statements under the default",
            (Consumer<TestGitRepo>) r -> r.write(SERVICE, withNewMethod(4)),
            Map.of(),
            false),
        Arguments.of(
            "five new statements at the default",
            (Consumer<TestGitRepo>) r -> r.write(SERVICE, withNewMethod(5)),
            Map.of(),
            true),
        Arguments.of(
            "a one-statement fix with minStatements 1",
            edit("v > best", "v >= best"),
            SENSITIVE,
            true),
        Arguments.of(
            "ten new statements under a raised minimum",
            (Consumer<TestGitRepo>) r -> r.write(SERVICE, withNewMethod(10)),
            Map.of("minStatements", 11),
            false));
  }

  @ParameterizedTest(name = "{0}: reported {3}")
  @MethodSource("thresholds")
  void reportsFromMinStatementsOn(
      String name, Consumer<TestGitRepo> change, Map<String, Object> options, boolean reported) {
    assertThat(afterChange(change, options)).hasSize(reported ? 1 : 0);
  }

  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of(
            "a changed condition is one statement",
            edit("v > best", "v >= best"),
            "1 statement in 1 method of " + SERVICE),
        Arguments.of(
            "swapped arguments are a change, locals or not",
            edit("Math.min(hi, v)", "Math.min(v, hi)"),
            "1 statement in 1 method of " + SERVICE),
        Arguments.of(
            "a local inserted before the others is one statement",
            edit(
                "int best = Integer.MIN_VALUE;",
                "int seen = 0;\n    int best = Integer.MIN_VALUE;"),
            "1 statement in 1 method of " + SERVICE),
        Arguments.of(
            "a new initialised field is one declaration",
            edit(
                "private final List<Integer> values;",
                "private final List<Integer> values;\n  private int calls = 0;"),
            "1 declaration of " + SERVICE),
        Arguments.of(
            "a changed signature with the same body is one declaration",
            edit(
                "static int clamp(int v, int lo, int hi)",
                "static long clamp(int v, int lo, int hi)"),
            "1 declaration of " + SERVICE),
        Arguments.of(
            "a lambda's statements in a new field count",
            edit(
                "private final List<Integer> values;",
                "private final List<Integer> values;\n  private final Runnable hook = () -> {\n    log(\"a\");\n    log(\"b\");\n  };"),
            "2 statements in 1 field initializer and 1 declaration of " + SERVICE),
        Arguments.of(
            "a new supertype is one declaration",
            edit("public class Service {", "public class Service implements Runnable {"),
            "1 declaration of " + SERVICE),
        Arguments.of(
            "a method moved to another file and edited counts only the edit",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(SERVICE, replaced(CLAMP, ""))
                        .write(
                            DIR + "Numbers.java",
                            "package dev.x;\n\nfinal class Numbers {\n"
                                + CLAMP.replace("Math.max(lo", "Math.max(lo + 1")
                                + "}\n"),
            "1 statement in 1 method of " + DIR + "Numbers.java"),
        Arguments.of(
            "a body extracted into a new method counts only the call",
            edit(
                """
              public int total() {
                int sum = 0;
            """,
                """
              public int total() {
                return sum(values);
              }

              private static int sum(List<Integer> values) {
                int sum = 0;
            """),
            "1 statement in 1 method of " + SERVICE),
        Arguments.of(
            "a method renamed, its old name kept as a delegating shim, counts the shim and the callers",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                        SERVICE,
                        SERVICE_SOURCE
                            .replace("public int total()", "public int sum()")
                            .replace("return total()", "return sum()")
                            .replace(
                                CLAMP,
                                CLAMP
                                    + "\n  @Deprecated\n  public int total() {\n    return sum();\n  }\n")),
            "2 statements in 2 methods of " + SERVICE),
        Arguments.of(
            "statements removed from a method count",
            edit("      if (v > best) {\n        best = v;\n      }\n", ""),
            "2 statements in 1 method of " + SERVICE),
        Arguments.of(
            "three methods and a field, biggest file first",
            (Consumer<TestGitRepo>)
                repo ->
                    repo.write(
                            SERVICE,
                            SERVICE_SOURCE
                                .replace("int sum = 0;", "int sum = 1;")
                                .replace("v > best", "v >= best")
                                .replace(
                                    "return Math.max(lo, Math.min(hi, v));",
                                    "check(lo, hi);\n    return Math.max(lo, Math.min(hi, v));")
                                .replace(
                                    "private final List<Integer> values;",
                                    "private final List<Integer> values;\n  static final int LIMIT = 3;"))
                        .write(DIR + "Other.java", javaClass("Other", 2)),
            "3 statements in 3 methods and 1 declaration of "
                + SERVICE
                + "; 2 statements in 1 method of "
                + DIR
                + "Other.java (comments"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void saysWhatItCounted(String name, Consumer<TestGitRepo> change, String expected) {
    assertThat(afterChange(change, SENSITIVE))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("Production code changed with no test change: " + expected);
  }

  @Test
  void namesTheThreeBiggestFilesAndCountsTheRest() {
    List<Finding> found =
        afterChange(
            repo -> {
              for (int i = 1; i <= 5; i++) {
                repo.write(DIR + "New" + i + ".java", javaClass("New" + i, i));
              }
            },
            Map.of());

    assertThat(found)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains(
            "5 statements in 1 method of "
                + DIR
                + "New5.java; 4 statements in 1 method of "
                + DIR
                + "New4.java; "
                + "3 statements in 1 method of "
                + DIR
                + "New3.java; and 2 more files with 3 statements and declarations (comments")
        .doesNotContain("New1.java");
  }

  @Test
  void staysQuietOnAPlainScan() {
    ChangeSet scan =
        new ChangeSet(
            null, "scan", null, List.of(ChangedFile.scanned(SERVICE, javaClass("Service", 30))));
    assertThat(findings(UntestedChangeRule.class, scan, SENSITIVE)).isEmpty();
  }
}
