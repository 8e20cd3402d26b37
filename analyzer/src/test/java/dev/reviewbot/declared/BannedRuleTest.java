package dev.reviewbot.declared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.glob.Glob;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of small fixtures: each line that must be flagged ends with {@code // banned}, every other
 * line must stay silent.
 */
class BannedRuleTest {
  static final Ban NO_DATE = ban(Set.of("java.util.Date"), Set.of(), Set.of(), List.of(), Set.of());
  static final Ban NO_EXIT =
      ban(
          Set.of(),
          Set.of(),
          Set.of(Ban.MethodName.parse("java.lang.System#exit")),
          List.of(),
          Set.of());
  static final Ban NO_NEW_VECTOR =
      ban(Set.of(), Set.of("java.util.Vector"), Set.of(), List.of(), Set.of());
  static final Ban NO_UNSAFE_IMPORTS =
      ban(Set.of(), Set.of(), Set.of(), List.of("sun.misc.*", "org.junit.Assert"), Set.of());
  static final Ban NO_LOMBOK_DATA =
      ban(Set.of(), Set.of(), Set.of(), List.of(), Set.of("lombok.Data"));
  static final Ban NO_GET_TIME =
      ban(
          Set.of(),
          Set.of(),
          Set.of(Ban.MethodName.parse("java.util.Date#getTime")),
          List.of(),
          Set.of());

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "import and constructor of java.util.Date",
            NO_DATE,
            """
            package com.acme;
            import java.util.Date; // banned
            class A {
              Object now() { return new Date(); } // banned
            }
            """),
        Arguments.of(
            "every kind of type use",
            NO_DATE,
            """
            package com.acme;
            import java.util.*;
            import java.util.function.Supplier;
            class A<T> extends Base<Date> implements Supplier<Date> { // banned
              private Date created; // banned
              Date get() { return null; } // banned
              void take(List<Date> dates, Date[] more) {} // banned
              boolean test(Object o) { return o instanceof Date d && ((Date) o).after(d); } // banned
              long when() { return Date.parse("x"); } // banned
              Supplier<Date> maker() { return Date::new; } // banned
              Class<?> type() { return Date.class; } // banned
              void fine(List<String> names) { }
            }
            """),
        Arguments.of(
            "fully qualified uses without an import",
            NO_DATE,
            """
            package com.acme;
            class A {
              java.util.Date created = new java.util.Date(); // banned
              long millis() { return java.util.Date.UTC(1, 2, 3, 4, 5, 6); } // banned
            }
            """),
        Arguments.of(
            "java.sql.Date is another type",
            NO_DATE,
            """
            package com.acme;
            import java.sql.Date;
            class A {
              Date today() { return new Date(0L); }
              java.sql.Date also;
            }
            """),
        Arguments.of(
            "a local class named Date shadows the import",
            NO_DATE,
            """
            package com.acme;
            import java.util.Date; // banned
            class A {
              Object make() {
                class Date { }
                return new Date();
              }
              Object other() { return new Date(); } // banned
            }
            """),
        Arguments.of(
            "a nested class named Date shadows the import",
            NO_DATE,
            """
            package com.acme;
            import java.util.Date; // banned
            class A {
              static final class Date { }
              Date make() { return new Date(); }
            }
            """),
        Arguments.of(
            "a type parameter named Date shadows the import",
            NO_DATE,
            """
            package com.acme;
            import java.util.Date; // banned
            class A<Date> {
              Date value;
              <Date> Date pick(Date a) { return a; }
            }
            """),
        Arguments.of(
            "the file's own type named Date",
            NO_DATE,
            """
            package com.acme;
            record Date(int day) {
              static Date of(int day) { return new Date(day); }
            }
            """),
        Arguments.of(
            "same package needs no import",
            ban(Set.of("com.acme.Legacy"), Set.of(), Set.of(), List.of(), Set.of()),
            """
            package com.acme;
            class A {
              Legacy legacy; // banned
            }
            """),
        Arguments.of(
            "a single-type import beats java.lang and the package",
            ban(Set.of("java.lang.Override"), Set.of(), Set.of(), List.of(), Set.of()),
            """
            package com.acme;
            import com.acme.annotations.Override;
            class A {
              @Override public String toString() { return ""; }
            }
            """),
        Arguments.of(
            "a variable named like the type is not the type",
            NO_DATE,
            """
            package com.acme;
            class A {
              long f(Clock Date) { return Date.millis(); }
            }
            """),
        Arguments.of(
            "System.exit in all its spellings",
            NO_EXIT,
            """
            package com.acme;
            import java.util.function.IntConsumer;
            class A {
              void stop() { System.exit(1); } // banned
              void stop2() { java.lang.System.exit(2); } // banned
              IntConsumer stopper() { return System::exit; } // banned
              void fine() { Runtime.getRuntime().halt(3); System.out.println(); }
            }
            """),
        Arguments.of(
            "statically imported exit",
            NO_EXIT,
            """
            package com.acme;
            import static java.lang.System.exit;
            class A {
              void stop() { exit(1); } // banned
            }
            """),
        Arguments.of(
            "a method of the class named exit is not System.exit",
            NO_EXIT,
            """
            package com.acme;
            import static java.lang.System.exit;
            class A {
              void exit(int code) { }
              void stop() { exit(1); }
              void other(Process p) { p.exit(); }
            }
            """),
        Arguments.of(
            "another System is not java.lang.System",
            NO_EXIT,
            """
            package com.acme;
            import com.acme.os.System;
            class A {
              void stop() { System.exit(1); }
            }
            """),
        Arguments.of(
            "calls on variables by their declared type",
            NO_GET_TIME,
            """
            package com.acme;
            import java.util.Date;
            class A {
              private final Date start = new Date();
              long a(Date d) { return d.getTime(); } // banned
              long b() { var d = new Date(); return d.getTime(); } // banned
              long c() { return start.getTime(); } // banned
              long d() { return new Date().getTime(); } // banned
              long e(java.sql.Timestamp t) { return t.getTime(); }
              long f(Object o) { return o instanceof Date d ? d.getTime() : 0; } // banned
            }
            """),
        Arguments.of(
            "constructors only",
            NO_NEW_VECTOR,
            """
            package com.acme;
            import java.util.Vector;
            import java.util.function.Supplier;
            class A {
              Vector<String> keep(Vector<String> v) { return v; }
              Vector<String> make() { return new Vector<>(); } // banned
              Supplier<Vector<String>> maker() { return Vector::new; } // banned
            }
            """),
        Arguments.of(
            "imports by name and by package",
            NO_UNSAFE_IMPORTS,
            """
            package com.acme;
            import sun.misc.Unsafe; // banned
            import sun.misc.*; // banned
            import static org.junit.Assert.assertEquals; // banned
            import org.junit.Assertions;
            import sun.miscellaneous.Thing;
            class A { }
            """),
        Arguments.of(
            "annotations by imported or qualified name",
            NO_LOMBOK_DATA,
            """
            package com.acme;
            import lombok.Data;
            @Data // banned
            class A {
              @lombok.Data // banned
              static class B { }
              @com.other.Data
              static class C { }
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void flagsExactlyTheMarkedLines(String description, Ban ban, String source) {
    assertThat(lines(findings(ban, "src/main/java/com/acme/A.java", source)))
        .isEqualTo(marked(source));
  }

  @Test
  void pathGlobsLimitWhereABanApplies() {
    Ban mainOnly =
        new Ban(
            "no-java-util-date",
            "Use java.time",
            Severity.WARNING,
            Set.of("java.util.Date"),
            Set.of(),
            Set.of(),
            List.of(),
            Set.of(),
            List.of(Glob.of("src/main/**")));
    String source = "import java.util.Date;\nclass A { }\n";

    assertThat(findings(mainOnly, "src/main/java/A.java", source)).hasSize(1);
    assertThat(findings(mainOnly, "src/test/java/A.java", source)).isEmpty();
  }

  @Test
  void findingsCarryTheBansIdMessageAndSeverity() {
    Ban ban =
        new Ban(
            "no-java-util-date",
            "Use java.time instead of java.util.Date",
            Severity.ERROR,
            Set.of("java.util.Date"),
            Set.of(),
            Set.of(),
            List.of(),
            Set.of(),
            List.of());

    assertThat(findings(ban, "src/main/java/A.java", "class A { java.util.Date d; }\n"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("no-java-util-date");
              assertThat(f.message()).isEqualTo("Use java.time instead of java.util.Date");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
  }

  private static Ban ban(
      Set<String> types,
      Set<String> constructors,
      Set<Ban.MethodName> methods,
      List<String> imports,
      Set<String> annotations) {
    return new Ban(
        "test-ban",
        "banned here",
        Severity.WARNING,
        types,
        constructors,
        methods,
        imports,
        annotations,
        List.of());
  }

  static List<Finding> findings(Ban ban, String path, String source) {
    RuleRegistry rules = RuleRegistry.of(List.of(DeclaredRules.descriptor(ban, ".reviewbot.yml")));
    AnalysisResult result =
        new Analyzer(rules, ReviewConfig.defaults(), 1)
            .analyze(
                new ChangeSet(null, "fixture", null, List.of(ChangedFile.scanned(path, source))));
    assertThat(result.crashes()).isEmpty();
    assertThat(result.notices()).isEmpty();
    return result.findings();
  }

  private static List<Integer> lines(List<Finding> findings) {
    return findings.stream().map(Finding::line).toList();
  }

  private static List<Integer> marked(String source) {
    List<Integer> lines = new ArrayList<>();
    String[] text = source.split("\n", -1);
    for (int i = 0; i < text.length; i++) {
      if (text[i].endsWith("// banned")) {
        lines.add(i + 1);
      }
    }
    return lines;
  }
}
