package dev.reviewbot.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.plan.Markers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escaping rules every Markdown output of reviewbot shares, GitHub's as they render. */
class MarkdownTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "plain words                         => plain words",
        "<script>alert(1)</script>           => &lt;script&gt;alert(1)&lt;/script&gt;",
        "<!-- reviewbot:fp=x -->             => &lt;!-- reviewbot:fp=x --&gt;",
        "[click](http://evil)                => \\[click\\](http://evil)",
        "![img](http://evil)                 => !\\[img\\](http://evil)",
        "- not a list                        => \\- not a list",
        "+ not a list                        => \\+ not a list",
        "12. not a list                      => 12\\. not a list",
        "=== not a heading                   => \\=== not a heading",
        "#12 not a reference                 => \\#\u200B12 not a reference",
        "rule-id uses x = y - z              => rule-id uses x = y - z",
        "**bold** _it_ `code`                => \\*\\*bold\\*\\* \\_it\\_ \\`code\\`",
        "# heading                           => \\# heading",
        "## heading                          => \\## heading",
        "A & B                               => A &amp; B",
        "costs $x$ to run                    => costs \\$x\\$ to run",
        "back\\slash                         => back\\\\slash",
        "| table |                           => \\| table \\|",
        "see #12                             => see #\u200B12",
      })
  void escapesTextSoItRendersLiterally(String text, String expected) {
    assertThat(MarkdownText.escape(text)).isEqualTo(expected);
  }

  @Test
  void breaksMentionsSoNobodyIsNotified() {
    assertThat(MarkdownText.escape("skips @Override and @octocat"))
        .isEqualTo("skips @\u200BOverride and @\u200Boctocat");
  }

  @Test
  void joinsLinesSoTextCannotStartABlock() {
    assertThat(MarkdownText.escape("one\n\n- two\r\n> three")).isEqualTo("one - two &gt; three");
  }

  @Test
  void keepsCodeSpansARuleAuthorWroteAndEscapesTheRest() {
    assertThat(MarkdownText.escapeKeepingCode("Field `CACHE` is *mutable* <b>"))
        .isEqualTo("Field `CACHE` is \\*mutable\\* &lt;b&gt;");
    assertThat(MarkdownText.escapeKeepingCode("unbalanced ` tick"))
        .isEqualTo("unbalanced \\` tick");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "src/A.java:3 | `src/A.java:3`",
        "a`b          | ``a`b``",
        "`x`          | `` `x` ``",
        "\"a``b\"     | ```a``b```"
      })
  void writesCodeSpansThatHoldAnyText(String text, String expected) {
    assertThat(MarkdownText.code(text)).isEqualTo(expected);
  }

  @Test
  void fencesCodeWithALongerFenceThanItContains() {
    assertThat(MarkdownText.fence("a\n```\nb", "suggestion"))
        .isEqualTo("````suggestion\na\n```\nb\n````");
    assertThat(MarkdownText.fence("int x;\n", "java")).isEqualTo("```java\nint x;\n```");
    assertThat(MarkdownText.fence("", "suggestion")).isEqualTo("```suggestion\n```");
  }

  @Test
  void neutralizesUntrustedMarkdownButKeepsTables() {
    String markdown =
        "| File | Covered |\n|---|---:|\n| `A.java` | **80%** |\n<!-- reviewbot:summary -->\n![x](http://t/p.png) @octocat <img src=x>";
    String safe = MarkdownText.neutralize(markdown);
    assertThat(safe)
        .startsWith("| File | Covered |\n|---|---:|\n| `A.java` | **80%** |\n")
        .contains(
            "&lt;!-- reviewbot:summary --&gt;", "!\\[x]", "@\u200Boctocat", "&lt;img src=x&gt;");
    assertThat(Markers.isSummary(safe)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      plain words => plain words
      hi @octocat => hi @\u200Boctocat
      fixes #12 => fixes #\u200B12
      a | b => a \\| b
      "one\\ntwo" => one<br>two
      "- item\\n# heading" => - item<br># heading
      "esc\\u001b[2J" => esc\\\\u001b\\[2J
      """)
  void tableCellsKeepTheirLineBreaksAsBrAndStayInOneCell(String raw, String escaped) {
    assertThat(MarkdownText.cell(raw.replace("\\n", "\n").replace("\\u001b", "\u001b")))
        .isEqualTo(escaped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      main => `main`
      a|b => `a\\|b`
      a`b|c => ``a`b\\|c``
      """)
  void codeInATableCellEscapesItsPipes(String raw, String code) {
    assertThat(MarkdownText.tableCode(raw)).isEqualTo(code);
    assertThat(MarkdownText.code(raw)).doesNotContain("\\|");
  }

  @Test
  void tableCellsKeepTheCodeSpansARuleAuthorWroteWithTheirPipesEscaped() {
    assertThat(MarkdownText.tableCellKeepingCode("matches `a|b` and *c* | d"))
        .isEqualTo("matches `a\\|b` and \\*c\\* \\| d");
  }
}
