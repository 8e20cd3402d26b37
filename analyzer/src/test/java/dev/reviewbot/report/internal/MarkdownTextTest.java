package dev.reviewbot.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
      plain words => plain words
      *bold* _em_ `code` => \\*bold\\* \\_em\\_ \\`code\\`
      a | b => a \\| b
      <img src=x onerror=y> => &lt;img src=x onerror=y&gt;
      AT&T => AT&amp;T
      hi @octocat => hi @&#8203;octocat
      [x](javascript:alert(1)) => \\[x\\](javascript:alert(1))
      ~~gone~~ $math$ => \\~\\~gone\\~\\~ \\$math\\$
      back\\slash => back\\\\slash
      """)
  void inlineTextIsInert(String raw, String escaped) {
    assertThat(MarkdownText.inline(raw)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
      main => `main`
      a`b => ``a`b``
      ``x => ``` ``x ```
      a|b => `a\\|b`
      """)
  void codeSpansOutlastTheBackticksInside(String raw, String code) {
    assertThat(MarkdownText.code(raw)).isEqualTo(code);
  }
}
