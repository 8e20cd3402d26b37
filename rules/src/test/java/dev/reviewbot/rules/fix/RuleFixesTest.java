package dev.reviewbot.rules.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.Rule;
import dev.reviewbot.engine.internal.JavaParsers;
import dev.reviewbot.fix.AppliedFixes;
import dev.reviewbot.fix.FixApplier;
import dev.reviewbot.rules.RuleRunner;
import dev.reviewbot.rules.errors.ErrorHandlingRule;
import dev.reviewbot.rules.errors.InterruptHandlingRule;
import dev.reviewbot.rules.leftover.LeftoverCodeRule;
import dev.reviewbot.rules.locale.LocaleCaseRule;
import dev.reviewbot.rules.state.SharedMutableStateRule;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fix applied to a fixture: the exact source it leaves (which must parse), and the findings
 * that get no fix because the right change needs judgement.
 */
class RuleFixesTest {
  private static final String PATH = "src/main/java/dev/x/Job.java";

  record Case(String name, Class<? extends Rule> rule, String before, String after) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> fixed() {
    return Stream.of(
        new Case(
            "interrupt restored before the first statement",
            InterruptHandlingRule.class,
            """
            class Job {
              void poll() {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  log("stopped");
                }
              }
            }
            """,
            """
            class Job {
              void poll() {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  log("stopped");
                }
              }
            }
            """),
        new Case(
            "interrupt restored in an empty block, indented like the try",
            InterruptHandlingRule.class,
            "class Job {\r\n\tvoid pause() {\r\n\t\ttry {\r\n\t\t\tThread.sleep(10);\r\n"
                + "\t\t} catch (InterruptedException e) {}\r\n\t}\r\n}\r\n",
            "class Job {\r\n\tvoid pause() {\r\n\t\ttry {\r\n\t\t\tThread.sleep(10);\r\n"
                + "\t\t} catch (InterruptedException e) {\r\n\t\t\tThread.currentThread().interrupt();\r\n"
                + "\t\t}\r\n\t}\r\n}\r\n"),
        new Case(
            "interrupt restored above the closing brace of a block with a trailing remark",
            InterruptHandlingRule.class,
            """
            class Job {
              void pause() {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) { // ignore
                }
              }
            }
            """,
            """
            class Job {
              void pause() {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) { // ignore
                  Thread.currentThread().interrupt();
                }
              }
            }
            """),
        new Case(
            "cause passed to a new exception with a message",
            ErrorHandlingRule.class,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  throw new IllegalStateException("cannot save " + store);
                }
              }
            }
            """,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  throw new IllegalStateException("cannot save " + store, e);
                }
              }
            }
            """),
        new Case(
            "cause passed to a new exception without arguments",
            ErrorHandlingRule.class,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException failure) {
                  throw new RuntimeException();
                }
              }
            }
            """,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException failure) {
                  throw new RuntimeException(failure);
                }
              }
            }
            """),
        new Case(
            "printStackTrace replaced by the slf4j logger",
            ErrorHandlingRule.class,
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Job {
              private static final Logger LOG = LoggerFactory.getLogger(Job.class);

              static void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  e.printStackTrace();
                }
              }
            }
            """,
            """
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            class Job {
              private static final Logger LOG = LoggerFactory.getLogger(Job.class);

              static void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  LOG.error("Unexpected exception", e);
                }
              }
            }
            """),
        new Case(
            "printStackTrace replaced by java.util.logging, Level imported",
            ErrorHandlingRule.class,
            """
            package dev.x;

            import java.util.logging.Logger;

            class Job {
              private final Logger logger = Logger.getLogger("job");

              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  e.printStackTrace();
                }
              }
            }
            """,
            """
            package dev.x;

            import java.util.logging.Level;
            import java.util.logging.Logger;

            class Job {
              private final Logger logger = Logger.getLogger("job");

              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  logger.log(Level.SEVERE, "Unexpected exception", e);
                }
              }
            }
            """),
        new Case(
            "Locale.ROOT passed and imported after the package",
            LocaleCaseRule.class,
            """
            package dev.x;

            class Job {
              boolean isWindows(String os) {
                return os.toLowerCase().equals("windows");
              }
            }
            """,
            """
            package dev.x;

            import java.util.Locale;

            class Job {
              boolean isWindows(String os) {
                return os.toLowerCase(Locale.ROOT).equals("windows");
              }
            }
            """),
        new Case(
            "Locale.ROOT passed, the import already there",
            LocaleCaseRule.class,
            """
            import java.util.*;

            class Job {
              Map<String, Integer> counts = new HashMap<>();

              int count(String key) {
                return counts.get(key.toUpperCase());
              }
            }
            """,
            """
            import java.util.*;

            class Job {
              Map<String, Integer> counts = new HashMap<>();

              int count(String key) {
                return counts.get(key.toUpperCase(Locale.ROOT));
              }
            }
            """),
        new Case(
            "if (false) block deleted with its lines",
            LeftoverCodeRule.class,
            """
            class Job {
              void run() {
                step();
                if (false) {
                  dump(); // look at the state
                }
                done();
              }
            }
            """,
            """
            class Job {
              void run() {
                step();
                done();
              }
            }
            """),
        new Case(
            "final added to a private static field nothing assigns",
            SharedMutableStateRule.class,
            """
            class Job {
              private static int limit = 10; // per run

              int limit() {
                return limit;
              }
            }
            """,
            """
            class Job {
              private static final int limit = 10; // per run

              int limit() {
                return limit;
              }
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixed")
  void appliesTheFixExactly(Case c) {
    List<Fix> fixes = fixes(c.rule(), c.before());
    assertThat(fixes).isNotEmpty();

    AppliedFixes result = FixApplier.apply(c.before(), fixes);

    assertThat(result.skipped()).isEmpty();
    assertThat(result.content()).isEqualTo(c.after());
    assertThat(JavaParsers.parse(result.content()).isSuccessful()).isTrue();
    assertThat(fixes(c.rule(), result.content())).as("fixes left after fixing").isEmpty();
  }

  static Stream<Case> notFixed() {
    return Stream.of(
        new Case(
            "interrupt swallowed in a retry loop: restoring it would spin",
            InterruptHandlingRule.class,
            """
            class Job {
              void run() {
                while (running) {
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    log("again");
                  }
                }
              }
            }
            """,
            null),
        new Case(
            "new exception of a type whose constructors are unknown",
            ErrorHandlingRule.class,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  throw new StoreException("cannot save");
                }
              }
            }
            """,
            null),
        new Case(
            "new exception whose one argument may not be a String",
            ErrorHandlingRule.class,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  throw new IllegalStateException(store.problem());
                }
              }
            }
            """,
            null),
        new Case(
            "printStackTrace in a class without a logger",
            ErrorHandlingRule.class,
            """
            class Job {
              void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  e.printStackTrace();
                }
              }
            }
            """,
            null),
        new Case(
            "printStackTrace in a static method, the logger an instance field",
            ErrorHandlingRule.class,
            """
            import org.slf4j.Logger;

            class Job {
              private final Logger log = org.slf4j.LoggerFactory.getLogger(Job.class);

              static void save(Store store) {
                try {
                  store.save();
                } catch (java.io.IOException e) {
                  e.printStackTrace();
                }
              }
            }
            """,
            null),
        new Case(
            "if (false && check()): deleting it would drop the call",
            LeftoverCodeRule.class,
            """
            class Job {
              void run() {
                if (check() && false) {
                  dump();
                }
              }
            }
            """,
            null),
        new Case(
            "if (false) with an else",
            LeftoverCodeRule.class,
            """
            class Job {
              void run() {
                if (false) {
                  dump();
                } else {
                  step();
                }
              }
            }
            """,
            null),
        new Case(
            "static field that other files may assign",
            SharedMutableStateRule.class,
            """
            class Job {
              static int limit = 10;
            }
            """,
            null),
        new Case(
            "private static field assigned in a method",
            SharedMutableStateRule.class,
            """
            class Job {
              private static int limit = 10;

              void raise() {
                Job.limit = 20;
              }
            }
            """,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notFixed")
  void offersNoFixWhereTheChangeNeedsJudgement(Case c) {
    List<Finding> findings = findings(c.rule(), c.before());

    assertThat(findings).isNotEmpty();
    assertThat(findings).allSatisfy(f -> assertThat(f.fixes()).isEmpty());
  }

  private static List<Fix> fixes(Class<? extends Rule> rule, String source) {
    return findings(rule, source).stream().flatMap(f -> f.fixes().stream()).toList();
  }

  private static List<Finding> findings(Class<? extends Rule> rule, String source) {
    return RuleRunner.findings(
        rule,
        new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(PATH, source))),
        Map.of());
  }
}
