package dev.reviewbot.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.testkit.RuleFixture;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Base-versus-head behaviour: each case is a base and a head version of one file. */
class PublicApiSurfaceRuleTest {
  private static final RuleFixture RULE = RuleFixture.of(PublicApiSurfaceRule.class);

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("a new method and field are listed as added",
            "public class A {\n  public void a() {}\n}\n",
            "public class A {\n  public void a() {}\n  public void b(java.util.List<String> names, int limit) {}\n  public int c;\n}\n",
            List.of("3 INFO adds 2 exported members to `A`: method `b(java.util.List<String>, int)`, field `c`")),
        Arguments.of("a changed return type and a removed method may break callers",
            "public class A {\n  public int a() { return 0; }\n  public void gone() {}\n}\n",
            "public class A {\n  public long a() { return 0; }\n}\n",
            List.of("2 WARNING may break callers of `A`: removes method `gone()`, changes method `a()` "
                + "(was `public int a()`, now `public long a()`)")),
        Arguments.of("a new checked exception changes the signature",
            "public interface A {\n  void run();\n}\n",
            "public interface A {\n  void run() throws java.io.IOException;\n}\n",
            List.of("2 WARNING may break callers of `A`: changes method `run()` (was `public void run()`, "
                + "now `public void run() throws java.io.IOException`)")),
        Arguments.of("a new constructor removes the implicit default one",
            "public class A {\n}\n",
            "public class A {\n  public A(int size) {}\n}\n",
            List.of("2 INFO adds 1 exported member to `A`: constructor `A(int)`",
                "2 WARNING may break callers of `A`: removes constructor `A()`")),
        Arguments.of("package-private and private additions export nothing",
            "public class A {\n}\n",
            "public class A {\n  void a() {}\n  private int b;\n  static class Nested { public void c() {} }\n}\n",
            List.of()),
        Arguments.of("a type made public is new API with all its members",
            "class A {\n  public void a() {}\n}\n",
            "public class A {\n  public void a() {}\n}\n",
            List.of("1 INFO new exported class `A` with method `a()`")),
        Arguments.of("only signatures count, not parameter names or bodies",
            "public class A {\n  public int a(int x) { return x; }\n}\n",
            "public class A {\n  public int a(final int renamed) { return renamed + 1; }\n}\n",
            List.of()),
        Arguments.of("overloads that differ only in a type variable's bound stay apart",
            "public class A {\n  public <T extends java.util.Map<?, ?>> T of(T m) { return m; }\n"
                + "  public <T extends CharSequence> T of(T s) { return s; }\n}\n",
            "public class A {\n  public <T extends java.util.Map<?, ?>> T of(T m) { return m; }\n"
                + "  public <T extends CharSequence> T of(T s) { return s; }\n  public <T> T of(T o) { return o; }\n}\n",
            List.of("4 INFO adds 1 exported member to `A`: method `<T> of(T)`")),
        Arguments.of("a new bound on a type variable changes the erased signature",
            "public class A {\n  public static <T> T unchecked(T t) { return t; }\n}\n",
            "public class A {\n  public static <T extends Throwable> T unchecked(T t) { return t; }\n}\n",
            List.of("2 INFO adds 1 exported member to `A`: method `<T extends Throwable> unchecked(T)`",
                "2 WARNING may break callers of `A`: removes method `<T> unchecked(T)`")),
        Arguments.of("nested types with the same simple name are different parameter types",
            "public class A {\n  public void on(Parser.Feature f) {}\n  public void on(Generator.Feature f) {}\n}\n",
            "public class A {\n  public void on(Parser.Feature f) {}\n  public void on(Generator.Feature f) {}\n}\n// touched\n",
            List.of()),
        Arguments.of("widening protected to public is compatible, and new API",
            "public class A {\n  protected int size() { return 0; }\n}\n",
            "public class A {\n  public int size() { return 0; }\n}\n",
            List.of("2 INFO adds 1 exported member to `A`: method `size()`")),
        Arguments.of("narrowing public to protected may break callers",
            "public class A {\n  public int size() { return 0; }\n}\n",
            "public class A {\n  protected int size() { return 0; }\n}\n",
            List.of("2 WARNING may break callers of `A`: changes method `size()` (was `public int size()`, now `protected int size()`)")),
        Arguments.of("a module exporting a new package",
            "module m {\n  exports a;\n}\n",
            "module m {\n  exports a;\n  exports b;\n}\n",
            List.of("3 INFO module `m` now exports `b` to every module: every public type in it becomes API that must stay compatible")),
        Arguments.of("a module no longer exporting a package to everyone",
            "module m {\n  exports a;\n}\n",
            "module m {\n  exports a to n;\n}\n",
            List.of("1 WARNING may break other modules: `m` no longer exports `a` to every module; "
                + "code that uses those packages stops compiling", "2 INFO module `m` now exports `a` to n: every public "
                + "type in it becomes API that must stay compatible")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void reportsWhatTheChangeExports(String name, String base, String head, List<String> expected) {
    String file = head.startsWith("module") ? "module-info.java" : "A.java";
    List<String> actual = RULE.findingsForChange(file, base, head).stream()
        .map(f -> f.line() + " " + f.severity() + " " + f.message().replaceAll(";? ?(is each meant|a type with many|code built against).*", ""))
        .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aPlainScanReportsOnlyTypesOverTheSizeLimitNotEveryPublicMember() {
    String small = "public class Small {\n  public void a() {}\n  public void b() {}\n}\n";
    String big = "public class Big {\n" + IntStream.rangeClosed(1, 21).mapToObj(i -> "  public void m" + i + "() {}\n")
        .collect(Collectors.joining()) + "  public static final int CONSTANT = 1;\n}\n";

    assertThat(RULE.findings("Small.java", small)).isEmpty();
    assertThat(RULE.findings("Big.java", big)).singleElement().satisfies(finding -> {
      assertThat(finding.line()).isEqualTo(1);
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.message()).startsWith("`Big` exports 21 members (max 20, constants not counted)");
    });
  }

  @Test
  void growingPastTheLimitSaysHowBigTheTypeWas() {
    String base = "public class A {\n  public void a() {}\n  public void b() {}\n}\n";
    String head = "// options: {maxPublicMembers: 2}\npublic class A {\n  public void a() {}\n  public void b() {}\n  public void c() {}\n}\n";

    assertThat(RULE.findingsForChange("A.java", base, head)).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("`A` exports 3 members (max 2, constants not counted, was 2)"));
  }

  @Test
  void addedAndSizeFindingsOnOneTypeKeepSeparateStableFingerprints() {
    String base = "public class A {\n  public void a() {}\n}\n";
    String head = "// options: {maxPublicMembers: 1}\npublic class A {\n  public void a() {}\n  public void b() {}\n}\n";
    String shifted = "// options: {maxPublicMembers: 1}\nimport java.util.List;\n\npublic class A {\n  public void a() {}\n  public void b() {}\n}\n";

    List<Finding> findings = RULE.findingsForChange("A.java", base, head);
    List<Finding> moved = RULE.findingsForChange("A.java", base, shifted);

    assertThat(findings).hasSize(2).extracting(Finding::fingerprint).doesNotHaveDuplicates().doesNotContain("-");
    assertThat(moved).extracting(Finding::fingerprint).containsExactlyInAnyOrderElementsOf(
        findings.stream().map(Finding::fingerprint).toList());
  }

  @Test
  void testCodeIsSkipped() {
    String head = "// path: src/test/java/ATest.java\npublic class ATest {\n  public void helper() {}\n}\n";

    assertThat(RULE.findingsForChange("ATest.java", null, head)).isEmpty();
  }
}
