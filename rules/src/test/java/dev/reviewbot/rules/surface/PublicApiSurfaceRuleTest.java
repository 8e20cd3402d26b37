package dev.reviewbot.rules.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.source.LastRelease;
import dev.reviewbot.testkit.RuleFixture;
import java.util.List;
import java.util.Map;
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
        Arguments.of(
            "a new method and field are listed in the summary",
            "public class A {\n  public void a() {}\n}\n",
            "public class A {\n  public void a() {}\n  public void b(java.util.List<String> names, int limit) {}\n  public int c;\n}\n",
            List.of(
                "3 INFO summary adds 2 exported members to `A`: method `b(java.util.List<String>, int)`, field `c`; "
                    + "all of it must stay compatible from now on")),
        Arguments.of(
            "a changed return type and a removed method are one inline warning naming both",
            "public class A {\n  public int a() { return 0; }\n  public void gone() {}\n}\n",
            "public class A {\n  public long a() { return 0; }\n}\n",
            List.of(
                "2 WARNING inline 2 breaking changes to `A`: changes the return type of method `a()` from `int` to "
                    + "`long` (callers stop compiling, and already-compiled callers fail to link); removes method `gone()` (callers "
                    + "stop compiling, and already-compiled callers fail to link). To avoid the breaks: add a method with a new "
                    + "name for the new type, and deprecate the old one; deprecate it first and remove it in a later major version")),
        Arguments.of(
            "a checked exception added to a public static method breaks callers' compilation",
            "public class A {\n  public static void load(String path) {}\n}\n",
            "public class A {\n  public static void load(String path) throws java.io.IOException {}\n}\n",
            List.of(
                "2 WARNING inline breaking change to `A`: adds checked `IOException` to the throws clause of method "
                    + "`load(String)`; callers that neither catch nor declare it stop compiling; already-compiled callers run on "
                    + "(throws clauses are not checked at link time). To avoid the break, throw an unchecked exception instead, "
                    + "or add a new method that throws it")),
        Arguments.of(
            "a public method removed without deprecation",
            "public class A {\n  public void keep() {}\n\n  public void gone() {}\n}\n",
            "public class A {\n  public void keep() {}\n}\n",
            List.of(
                "1 WARNING inline breaking change to `A`: removes method `gone()`; callers stop compiling, and "
                    + "already-compiled callers fail to link (NoSuchMethodError or NoSuchFieldError). To avoid the break, deprecate "
                    + "it first and remove it in a later major version")),
        Arguments.of(
            "an instance method gone from a subclass of a class in another file may have moved up",
            "import com.acme.Base;\n\npublic class A extends Base {\n  public void keep() {}\n\n  public void moved() {}\n}\n",
            "import com.acme.Base;\n\npublic class A extends Base {\n  public void keep() {}\n  // moved() is in Base now\n}\n",
            List.of(
                "5 INFO summary removes method `moved()` from `A`: fine if `Base` (or a class above it) now declares it, "
                    + "as a move up; otherwise callers stop compiling and already-compiled callers fail to link, so deprecate it first")),
        Arguments.of(
            "a deprecated method removed is an announced removal in the summary",
            "public class A {\n  public void keep() {}\n\n  @Deprecated\n  public void old() {}\n}\n",
            "public class A {\n  public void keep() {}\n  // old() is gone\n}\n",
            List.of(
                "3 INFO summary removes deprecated method `old()` from `A`, as announced: code still using it stops "
                    + "compiling and, already compiled, fails to link; name it in the release notes of a major version")),
        Arguments.of(
            "a constructor with parameters replaces the implicit default one",
            "public class A {\n}\n",
            "public class A {\n  public A(int size) {}\n}\n",
            List.of(
                "2 WARNING inline breaking change to `A`: changes constructor `A()` to `A(int)`; callers stop compiling, "
                    + "and already-compiled callers fail to link (NoSuchMethodError). To avoid the break, add an overload "
                    + "instead of changing the signature, and deprecate the old one")),
        Arguments.of(
            "the implicit default constructor written out is no change",
            "public class A {\n  public void a() {}\n}\n",
            "public class A {\n  public A() {}\n\n  public void a() {}\n}\n",
            List.of()),
        Arguments.of(
            "removing final from a method or class is compatible and says nothing",
            "public final class A {\n  public final void a() {}\n}\n",
            "public class A {\n  public void a() {}\n}\n",
            List.of()),
        Arguments.of(
            "package-private and private additions export nothing",
            "public class A {\n}\n",
            "public class A {\n  void a() {}\n  private int b;\n  static class Nested { public void c() {} }\n}\n",
            List.of()),
        Arguments.of(
            "a type made public is new API with all its members",
            "class A {\n  public void a() {}\n}\n",
            "public class A {\n  public void a() {}\n}\n",
            List.of("1 INFO summary new exported class `A` with method `a()`")),
        Arguments.of(
            "only signatures count, not parameter names or bodies",
            "public class A {\n  public int a(int x) { return x; }\n}\n",
            "public class A {\n  public int a(final int renamed) { return renamed + 1; }\n}\n",
            List.of()),
        Arguments.of(
            "overloads that differ only in a type variable's bound stay apart",
            "public class A {\n  public <T extends java.util.Map<?, ?>> T of(T m) { return m; }\n"
                + "  public <T extends CharSequence> T of(T s) { return s; }\n}\n",
            "public class A {\n  public <T extends java.util.Map<?, ?>> T of(T m) { return m; }\n"
                + "  public <T extends CharSequence> T of(T s) { return s; }\n  public <T> T of(T o) { return o; }\n}\n",
            List.of("4 INFO summary adds 1 exported member to `A`: method `<T> of(T)`")),
        Arguments.of(
            "a new bound on a type variable changes the erased signature",
            "public class A {\n  public static <T> T unchecked(T t) { return t; }\n}\n",
            "public class A {\n  public static <T extends Throwable> T unchecked(T t) { return t; }\n}\n",
            List.of(
                "2 WARNING inline breaking change to `A`: changes method `<T> unchecked(T)` to "
                    + "`<T extends Throwable> unchecked(T)` returning `T`; callers stop compiling")),
        Arguments.of(
            "nested types with the same simple name are different parameter types",
            "public class A {\n  public void on(Parser.Feature f) {}\n  public void on(Generator.Feature f) {}\n}\n",
            "public class A {\n  public void on(Parser.Feature f) {}\n  public void on(Generator.Feature f) {}\n}\n// touched\n",
            List.of()),
        Arguments.of(
            "widening protected to public is compatible, and new API",
            "public class A {\n  protected int size() { return 0; }\n}\n",
            "public class A {\n  public int size() { return 0; }\n}\n",
            List.of("2 INFO summary adds 1 exported member to `A`: method `size()`")),
        Arguments.of(
            "narrowing public to protected breaks callers",
            "public class A {\n  public int size() { return 0; }\n}\n",
            "public class A {\n  protected int size() { return 0; }\n}\n",
            List.of(
                "2 WARNING inline breaking change to `A`: narrows method `size()` from public to protected; callers that "
                    + "lose access stop compiling")),
        Arguments.of(
            "new nested classes are one summary line on the type around them",
            "public class A {\n  public void a() {}\n}\n",
            "public class A {\n  public void a() {}\n  public static class B {}\n  public static class C {}\n"
                + "  public static class D {}\n  public static class E { public void e() {} }\n}\n",
            List.of(
                "3 INFO summary adds 4 exported members to `A`: class `B`, class `C`, class `D`, class `E`")),
        Arguments.of(
            "a module exporting a new package",
            "module m {\n  exports a;\n}\n",
            "module m {\n  exports a;\n  exports b;\n}\n",
            List.of(
                "3 INFO summary module `m` now exports `b` to every module: every public type in it becomes API that must "
                    + "stay compatible")),
        Arguments.of(
            "a module no longer exporting a package to everyone",
            "module m {\n  exports a;\n}\n",
            "module m {\n  exports a to n;\n}\n",
            List.of(
                "1 WARNING inline may break other modules: `m` no longer exports `a` to every module; "
                    + "code that uses those packages stops compiling",
                "2 INFO summary module `m` now exports `a` to n: every public "
                    + "type in it becomes API that must stay compatible")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void reportsWhatTheChangeBreaksInlineAndWhatItAddsInTheSummary(
      String name, String base, String head, List<String> expected) {
    String file = head.startsWith("module") ? "module-info.java" : "A.java";
    List<String> actual =
        RULE.findingsForChange(file, base, head).stream()
            .map(f -> f.line() + " " + f.severity() + " " + f.channel().id() + " " + f.message())
            .sorted()
            .toList();

    assertEachStartsWith(actual, expected);
  }

  @Test
  void aPlainScanReportsOnlyTypesOverTheSizeLimitNotEveryPublicMember() {
    String small = "public class Small {\n  public void a() {}\n  public void b() {}\n}\n";
    String big =
        "public class Big {\n"
            + IntStream.rangeClosed(1, 21)
                .mapToObj(i -> "  public void m" + i + "() {}\n")
                .collect(Collectors.joining())
            + "  public static final int CONSTANT = 1;\n}\n";

    assertThat(RULE.findings("Small.java", small)).isEmpty();
    assertThat(RULE.findings("Big.java", big))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.line()).isEqualTo(1);
              assertThat(finding.severity()).isEqualTo(Severity.INFO);
              assertThat(finding.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(finding.message())
                  .startsWith("`Big` exports 21 members (max 20, constants not counted)");
            });
  }

  @Test
  void growingPastTheLimitIsASummaryLineThatSaysHowBigTheTypeWas() {
    String base = "public class A {\n  public void a() {}\n  public void b() {}\n}\n";
    String head =
        "// options: {maxPublicMembers: 2}\npublic class A {\n  public void a() {}\n  public void b() {}\n  public void c() {}\n}\n";

    assertThat(RULE.findingsForChange("A.java", base, head))
        .filteredOn(f -> f.message().contains("members (max"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.channel()).isEqualTo(Channel.SUMMARY);
              assertThat(finding.message())
                  .startsWith("`A` now exports 3 members (max 2, constants not counted; was 2)");
            });
  }

  @Test
  void aTypeAlreadyOverTheLimitIsNotReportedAgainWhenItGrows() {
    String base =
        "public class A {\n  public void a() {}\n  public void b() {}\n  public void c() {}\n}\n";
    String head =
        "// options: {maxPublicMembers: 2}\npublic class A {\n  public void a() {}\n  public void b() {}\n"
            + "  public void c() {}\n  public int getD() { return 0; }\n}\n";

    assertThat(RULE.findingsForChange("A.java", base, head))
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("members (max"));
  }

  @Test
  void breaksOnSeveralMembersOfOneTypeAreOneInlineReport() {
    String base =
        "public class A {\n  public void a() {}\n  public void b() {}\n  public void c(int n) {}\n}\n";
    String head = "public class A {\n  void a() {}\n  public final void c(long n) {}\n}\n";

    assertThat(RULE.findingsForChange("A.java", base, head))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.channel()).isEqualTo(Channel.INLINE);
              assertThat(finding.message())
                  .startsWith(
                      "3 breaking changes to `A`: narrows method `a()` from public to "
                          + "package-private")
                  .contains("removes method `b()`", "changes method `c(int)` to `c(long)`");
            });
  }

  @Test
  void addedAndSizeFindingsOnOneTypeKeepSeparateStableFingerprints() {
    String base = "public class A {\n  public void a() {}\n}\n";
    String head =
        "// options: {maxPublicMembers: 1}\npublic class A {\n  public void a() {}\n  public void b() {}\n}\n";
    String shifted =
        "// options: {maxPublicMembers: 1}\nimport java.util.List;\n\npublic class A {\n  public void a() {}\n  public void b() {}\n}\n";

    List<Finding> findings = RULE.findingsForChange("A.java", base, head);
    List<Finding> moved = RULE.findingsForChange("A.java", base, shifted);

    assertThat(findings)
        .hasSize(2)
        .extracting(Finding::fingerprint)
        .doesNotHaveDuplicates()
        .doesNotContain("-");
    assertThat(moved)
        .extracting(Finding::fingerprint)
        .containsExactlyInAnyOrderElementsOf(findings.stream().map(Finding::fingerprint).toList());
  }

  static Stream<Arguments> releases() {
    String released = "public class A {\n  public void keep() {}\n}\n";
    String base = "public class A {\n  public void keep() {}\n\n  public void fresh() {}\n}\n";
    return Stream.of(
        Arguments.of(
            "removing a method the last release had breaks its users: inline",
            released,
            base,
            "public class A {\n  public void fresh() {}\n}\n",
            List.of("inline breaking change to `A`: removes method `keep()`")),
        Arguments.of(
            "removing a method added since the last release breaks nobody: summary",
            released,
            base,
            "public class A {\n  public void keep() {}\n}\n",
            List.of(
                "summary changes API that no release has had yet (newest release: `v1.0`), so no user's code breaks: "
                    + "removes method `fresh()` (in `A`)")),
        Arguments.of(
            "a change of each kind splits into the released break inline and the unreleased one in the summary",
            released,
            base,
            "public class A {\n  // both gone\n}\n",
            List.of(
                "inline breaking change to `A`: removes method `keep()`",
                "summary changes API that no release has had yet (newest release: `v1.0`), so no user's code breaks: "
                    + "removes method `fresh()`")),
        Arguments.of(
            "a file the last release did not have breaks nobody",
            null,
            base,
            "public class A {\n  public void keep() {}\n}\n",
            List.of("summary changes API that no release has had yet")),
        Arguments.of(
            "reshaping a method whose released shape is already gone breaks nobody again",
            "public class A {\n  public void load(int size) {}\n}\n",
            "public class A {\n  public void load(long size) {}\n}\n",
            "public class A {\n  public void load(String size) {}\n}\n",
            List.of("summary changes API that no release has had yet")),
        Arguments.of(
            "removing a type the last release had is a break: inline",
            "public class Old {\n}\n",
            "public class Old {\n}\n",
            "public class New {\n}\n",
            List.of("inline breaking change: removes exported class `Old`")),
        Arguments.of(
            "removing a type added since the last release breaks nobody: summary",
            "public class Older {\n}\n",
            "public class Old {\n}\n",
            "public class New {\n}\n",
            List.of(
                "summary changes API that no release has had yet (newest release: `v1.0`), so no user's code breaks: "
                    + "removes exported class `Old`")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void postsInlineOnlyBreaksOfWhatTheLastReleaseHad(
      String name, String released, String base, String head, List<String> expected) {
    LastRelease release =
        LastRelease.of(
            "v1.0", released == null ? Map.of() : Map.of("src/main/java/A.java", released), null);

    List<String> actual =
        RULE.findingsForChange("A.java", base, head, release).stream()
            .filter(f -> f.message().contains("break"))
            .map(f -> f.channel().id() + " " + f.message())
            .sorted()
            .toList();

    assertEachStartsWith(actual, expected);
  }

  @Test
  void breaksOfReleasedApiOnTheWayToANewMajorVersionAreExpectedAndGoToTheSummary() {
    String base = "public class A {\n  public void keep() {}\n\n  public void fresh() {}\n}\n";
    LastRelease release =
        LastRelease.of("lib-3.6.3", Map.of("src/main/java/A.java", base), "4.0.0-SNAPSHOT");

    assertThat(
            RULE.findingsForChange(
                "A.java", base, "public class A {\n  public void fresh() {}\n}\n", release))
        .extracting(f -> f.channel().id() + " " + f.message())
        .containsExactly(
            "summary breaks API that `lib-3.6.3` released, on the "
                + "way to the next major version (`4.0.0-SNAPSHOT`), where breaks are expected: removes method `keep()` (callers stop "
                + "compiling, and already-compiled callers fail to link) (in `A`); list it in the migration notes");
  }

  @Test
  void withoutAKnownReleaseEveryBreakIsInline() {
    String base = "public class A {\n  public void keep() {}\n\n  public void fresh() {}\n}\n";

    assertThat(
            RULE.findingsForChange(
                "A.java", base, "public class A {\n  public void keep() {}\n}\n", null))
        .extracting(f -> f.channel().id())
        .containsExactly("inline");
  }

  /** {@code actual}, sorted, holds one finding per expected beginning, in sorted order. */
  private static void assertEachStartsWith(List<String> actual, List<String> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    List<String> sorted = expected.stream().sorted().toList();
    for (int i = 0; i < sorted.size(); i++) {
      assertThat(actual.get(i)).startsWith(sorted.get(i));
    }
  }

  /** Test helpers are not API that anyone depends on: the rule does not run on test code at all. */
  @Test
  void testCodeIsSkipped() {
    String head =
        "// path: src/test/java/ATest.java\npublic class ATest {\n  public void helper() {}\n}\n";

    assertThat(RULE.findingsForChange("ATest.java", null, head)).isEmpty();
  }
}
