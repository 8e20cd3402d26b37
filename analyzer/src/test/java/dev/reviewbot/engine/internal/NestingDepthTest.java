package dev.reviewbot.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NestingDepthTest {

  static Stream<Arguments> countsOnlyTheBracketsOfCode() {
    return Stream.of(
        Arguments.of("no brackets", "int x;", 0),
        Arguments.of("braces, parentheses and brackets", "class A { int[] a = f((b[0])); }", 4),
        Arguments.of("closed levels do not add up", "class A { void f() {} void g() {} }", 2),
        Arguments.of("a string's brackets", "String s = \"(((\";", 0),
        Arguments.of("an escaped quote in a string", "f(\"\\\"(((\") + g(1)", 1),
        Arguments.of("a char literal", "f('(')", 1),
        Arguments.of("an escaped quote in a char literal", "f('\\'', '(')", 1),
        Arguments.of("a line comment", "x(); // ((((\ny()", 1),
        Arguments.of("a block comment", "/* (((( */ x()", 1),
        Arguments.of("a text block", "f(\"\"\"\n  (((\"\n  \"\"\")", 1),
        Arguments.of("a stray closing bracket", ") ) (", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void countsOnlyTheBracketsOfCode(String what, String source, int depth) {
    assertThat(NestingDepth.of(source)).isEqualTo(depth);
  }
}
