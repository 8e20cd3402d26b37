package dev.reviewbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SuggestionsTest {

  static Stream<Arguments> suggestions() {
    return Stream.of(
        Arguments.of(
            "```java\nprivate static final List<String> CACHE = List.of();\n```",
            Optional.of("private static final List<String> CACHE = List.of();")),
        Arguments.of("```\na\nb\n```", Optional.of("a\nb")),
        Arguments.of("  ~~~java\r\nint x;\r\n~~~  ", Optional.of("int x;")),
        Arguments.of("```java\n```", Optional.of("")),
        Arguments.of("Use List.of(...) instead", Optional.empty()),
        Arguments.of("Replace with:\n```java\nint x;\n```", Optional.empty()),
        Arguments.of("```java\na\n```\ntext\n```java\nb\n```", Optional.empty()),
        Arguments.of("```java\nunclosed", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("suggestions")
  void treatsOnlyOneWholeFencedBlockAsALiteralReplacement(
      String suggestion, Optional<String> replacement) {
    assertThat(Suggestions.replacement(suggestion)).isEqualTo(replacement);
  }

  @ParameterizedTest
  @MethodSource("suggestions")
  void readsBackWhatItWritesAsAReplacement(String ignored, Optional<String> replacement) {
    replacement.ifPresent(
        code ->
            assertThat(Suggestions.replacement(Suggestions.asReplacement(code, "java")))
                .contains(code));
  }
}
