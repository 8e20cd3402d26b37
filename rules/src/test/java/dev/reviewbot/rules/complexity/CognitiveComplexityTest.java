package dev.reviewbot.rules.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of SonarSource's "Cognitive Complexity" white paper (G. Ann Campbell), scored
 * as the paper scores them, plus the Java constructs the paper leaves to the language (switch
 * expressions, patterns, anonymous and local classes), scored by its rules.
 */
class CognitiveComplexityTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "white paper: sumOfPrimes (labelled continue)",
            7,
            """
            int sumOfPrimes(int max) {
              int total = 0;
              OUT: for (int i = 1; i <= max; ++i) {   // +1
                for (int j = 2; j < i; ++j) {         // +2 (nesting = 1)
                  if (i % j == 0) {                   // +3 (nesting = 2)
                    continue OUT;                     // +1
                  }
                }
                total += i;
              }
              return total;
            }
            """),
        Arguments.of(
            "white paper: getWords (a switch counts once)",
            1,
            """
            String getWords(int number) {
              switch (number) {                       // +1
                case 1:
                  return "one";
                case 2:
                  return "a couple";
                case 3:
                  return "a few";
                default:
                  return "lots";
              }
            }
            """),
        Arguments.of(
            "white paper: nesting under try, multi-catch",
            9,
            """
            void myMethod() {
              try {
                if (condition1) {                     // +1
                  for (int i = 0; i < 10; i++) {      // +2 (nesting = 1)
                    while (condition2) { step(); }    // +3 (nesting = 2)
                  }
                }
              } catch (ExcepType1 | ExcepType2 e) {   // +1
                if (condition2) { step(); }           // +2 (nesting = 1)
              }
            }
            """),
        Arguments.of(
            "white paper: a lambda raises nesting without an increment",
            2,
            """
            void myMethod2() {
              Runnable r = () -> {
                if (condition1) { step(); }           // +2 (nesting = 1)
              };
            }
            """),
        Arguments.of(
            "white paper: mixed operators make three sequences",
            4,
            """
            boolean mixed() {
              if (a                                   // +1
                  && b && c                           // +1
                  || d || e                           // +1
                  && f) {                             // +1
                return true;
              }
              return false;
            }
            """),
        Arguments.of(
            "white paper: a negation separates sequences",
            3,
            """
            boolean negated() {
              if (a                                   // +1
                  && !(b && c)) {                     // +1, +1
                return true;
              }
              return false;
            }
            """),
        Arguments.of(
            "white paper: overriddenSymbolFrom (SonarJava)",
            19,
            """
            private MethodJavaSymbol overriddenSymbolFrom(ClassJavaType classType) {
              if (classType.isUnknown()) {                                  // +1
                return Symbols.unknownMethodSymbol;
              }
              boolean unknownFound = false;
              List<JavaSymbol> symbols = classType.getSymbol().members().lookup(name);
              for (JavaSymbol overrideSymbol : symbols) {                   // +1
                if (overrideSymbol.isKind(JavaSymbol.MTH)                   // +2 (nesting = 1)
                    && !overrideSymbol.isStatic()) {                        // +1
                  MethodJavaSymbol methodJavaSymbol = (MethodJavaSymbol) overrideSymbol;
                  if (canOverride(methodJavaSymbol)) {                      // +3 (nesting = 2)
                    Boolean overriding = checkOverridingParameters(methodJavaSymbol, classType);
                    if (overriding == null) {                               // +4 (nesting = 3)
                      if (!unknownFound) {                                  // +5 (nesting = 4)
                        unknownFound = true;
                      }
                    } else if (overriding) {                                // +1
                      return methodJavaSymbol;
                    }
                  }
                }
              }
              if (unknownFound) {                                           // +1
                return Symbols.unknownMethodSymbol;
              }
              return null;
            }
            """),
        Arguments.of(
            "white paper: addVersion (sonar-persistit)",
            35,
            """
            private void addVersion(final Entry entry, final Transaction txn)
                throws PersistitInterruptedException, RollbackException {
              final TransactionIndex ti = _persistit.getTransactionIndex();
              while (true) {                                                // +1
                try {
                  synchronized (this) {
                    if (frst != null) {                                     // +2 (nesting = 1)
                      if (frst.getVersion() > entry.getVersion()) {         // +3 (nesting = 2)
                        throw new RollbackException();
                      }
                      if (txn.isActive()) {                                 // +3 (nesting = 2)
                        for (Entry e = frst; e != null; e = e.getPrevious()) { // +4 (nesting = 3)
                          final long version = e.getVersion();
                          final long depends = ti.wwDependency(version, txn.getTransactionStatus(), 0);
                          if (depends == TIMED_OUT) {                       // +5 (nesting = 4)
                            throw new WWRetryException(version);
                          }
                          if (depends != 0                                  // +5 (nesting = 4)
                              && depends != ABORTED) {                      // +1
                            throw new RollbackException();
                          }
                        }
                      }
                    }
                    entry.setPrevious(frst);
                    frst = entry;
                    break;
                  }
                } catch (final WWRetryException re) {                       // +2 (nesting = 1)
                  try {
                    final long depends = _persistit.getTransactionIndex()
                        .wwDependency(re.getVersion(), txn.getTransactionStatus(), SharedResource.DEFAULT_MAX_WAIT_TIME);
                    if (depends != 0                                        // +3 (nesting = 2)
                        && depends != ABORTED) {                            // +1
                      throw new RollbackException();
                    }
                  } catch (final InterruptedException ie) {                 // +3 (nesting = 2)
                    throw new PersistitInterruptedException(ie);
                  }
                } catch (final InterruptedException ie) {                   // +2 (nesting = 1)
                  throw new PersistitInterruptedException(ie);
                }
              }
            }
            """),
        Arguments.of(
            "white paper: toRegexp (sonar-plugin-api)",
            20,
            """
            private static String toRegexp(String antPattern, String directorySeparator) {
              final String escapedDirectorySeparator = '\\\\' + directorySeparator;
              final StringBuilder sb = new StringBuilder(antPattern.length());
              sb.append('^');
              int i = antPattern.startsWith("/") ||                          // +1
                  antPattern.startsWith("\\\\") ? 1 : 0;                     // +1
              while (i < antPattern.length()) {                              // +1
                final char ch = antPattern.charAt(i);
                if (SPECIAL_CHARS.indexOf(ch) != -1) {                       // +2 (nesting = 1)
                  sb.append('\\\\').append(ch);
                } else if (ch == '*') {                                      // +1
                  if (i + 1 < antPattern.length()                            // +3 (nesting = 2)
                      && antPattern.charAt(i + 1) == '*') {                  // +1
                    if (i + 2 < antPattern.length()                          // +4 (nesting = 3)
                        && isSlash(antPattern.charAt(i + 2))) {              // +1
                      sb.append("(?:.*").append(escapedDirectorySeparator).append("|)");
                      i += 2;
                    } else {                                                 // +1
                      sb.append(".*");
                      i += 1;
                    }
                  } else {                                                   // +1
                    sb.append("[^").append(escapedDirectorySeparator).append("]*?");
                  }
                } else if (ch == '?') {                                      // +1
                  sb.append("[^").append(escapedDirectorySeparator).append("]");
                } else if (isSlash(ch)) {                                    // +1
                  sb.append(escapedDirectorySeparator);
                } else {                                                     // +1
                  sb.append(ch);
                }
                i++;
              }
              sb.append('$');
              return sb.toString();
            }
            """),
        Arguments.of(
            "straight-line code and method calls are free",
            0,
            """
            int add(int a, int b) {
              int sum = a + b;
              log(sum);
              return sum;
            }
            """),
        Arguments.of(
            "direct recursion costs one, however many calls",
            2,
            """
            int fib(int n) {
              if (n < 2) {                            // +1
                return n;
              }
              return fib(n - 1) + fib(n - 2);         // +1 (recursion, counted once)
            }
            """),
        Arguments.of(
            "a call to an overload is no recursion",
            0,
            """
            int size(List<String> items) {
              return size(items, 0);
            }
            """),
        Arguments.of(
            "unlabelled break and continue are free",
            6,
            """
            void scan(int[][] grid) {
              for (int[] row : grid) {                // +1
                for (int cell : row) {                // +2 (nesting = 1)
                  if (cell < 0) {                     // +3 (nesting = 2)
                    continue;
                  }
                  break;
                }
              }
            }
            """),
        Arguments.of(
            "a labelled break costs one",
            7,
            """
            void scan(int[][] grid) {
              outer:
              for (int[] row : grid) {                // +1
                for (int cell : row) {                // +2 (nesting = 1)
                  if (cell < 0) {                     // +3 (nesting = 2)
                    break outer;                      // +1
                  }
                }
              }
            }
            """),
        Arguments.of(
            "switch expression with patterns and a guard",
            4,
            """
            String describe(Object o) {
              return switch (o) {                                  // +1
                case Integer i when i > 0 && i < 10 -> "small";    // +1 (&&)
                case Integer i -> "int";
                case String s -> s.isEmpty() ? "empty" : s;        // +2 (ternary, nesting = 1)
                default -> "other";
              };
            }
            """),
        Arguments.of(
            "anonymous class methods nest one level",
            3,
            """
            Runnable task() {
              return new Runnable() {
                @Override
                public void run() {
                  if (ready) {                        // +2 (nesting = 1)
                    go();
                  } else {                            // +1
                    wait();
                  }
                }
              };
            }
            """),
        Arguments.of(
            "local record and class methods nest one level",
            4,
            """
            void local() {
              record Pair(int a, int b) {
                int max() { return a > b ? a : b; }   // +2 (ternary, nesting = 1)
              }
              class Helper {
                void help() { while (busy()) { } }    // +2 (nesting = 1)
              }
            }
            """),
        Arguments.of(
            "do-while and a catch inside a lambda",
            4,
            """
            void retry() {
              do {                                    // +1
                tasks.forEach(t -> {
                  try {
                    t.run();
                  } catch (RuntimeException e) {      // +3 (nesting = 2)
                    failures++;
                  }
                });
              } while (failures < 3);
            }
            """));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("examples")
  void scoresTheWorkedExample(String name, int expected, String method) {
    assertThat(CognitiveComplexity.of(parseMethod(method)).score()).as(name).isEqualTo(expected);
  }

  @Test
  void namesTheBiggestIncrementsFirst() {
    CognitiveComplexity.Result result =
        CognitiveComplexity.of(
            parseMethod(
                """
        void m() {
          for (int i = 0; i < n; i++) {
            if (a) {
              if (b) { x(); }
            }
          }
        }
        """));
    assertThat(result.biggest(2))
        .extracting(CognitiveComplexity.Increment::describe)
        .containsExactly("nested if at line 5 +3", "nested if at line 4 +2");
  }

  @Test
  void measuresTheDeepestNestingOfStatements() {
    CognitiveComplexity.Result result =
        CognitiveComplexity.of(
            parseMethod(
                """
        void m() {
          while (a) {
            try {
              if (b) {
                list.forEach(x -> x.run());
                list.forEach(x -> { if (x.ok()) { x.run(); } });
              }
            } finally {
              done();
            }
          }
        }
        """));
    // while body 1, if body 2, block lambda 3, if inside it 4; try and the expression lambda add
    // nothing
    assertThat(result.maxNesting()).isEqualTo(4);
    assertThat(result.deepestLine()).isEqualTo(7);
  }

  private static MethodDeclaration parseMethod(String method) {
    CompilationUnit unit =
        new JavaParser(
                new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21))
            .parse("class Example {\n" + method + "}\n")
            .getResult()
            .orElseThrow();
    return unit.findFirst(MethodDeclaration.class).orElseThrow();
  }
}
