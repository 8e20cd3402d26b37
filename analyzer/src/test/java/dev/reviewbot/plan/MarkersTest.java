package dev.reviewbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"3f2a9c0d", "abc-2", "weird value --> with <html> & spaces", "ünïcode", "a%b"})
  void readsBackEveryFingerprintItWrites(String fingerprint) {
    String body = "Some comment\n\n" + Markers.fingerprint(fingerprint) + "\n";
    assertThat(Markers.fingerprintsIn(body)).containsExactly(fingerprint);
    String marker = Markers.fingerprint(fingerprint);
    String value =
        marker.substring("<!-- reviewbot:fp=".length(), marker.length() - " -->".length());
    assertThat(marker).startsWith("<!-- reviewbot:fp=").endsWith(" -->");
    assertThat(value).doesNotContain(">", "<", " ").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!-- reviewbot:fp=abc -->",
        "<!--reviewbot:fp=abc-->",
        "  <!--   ReviewBot:FP = abc   -->  ",
        "<!-- reviewbot:fp=abc -->\r"
      })
  void toleratesSpacingCaseAndLineEndings(String line) {
    assertThat(Markers.fingerprintsIn("text\n" + line + "\nmore")).containsExactly("abc");
  }

  @Test
  void readsSeveralMarkersInOrder() {
    String body = "x\n" + Markers.fingerprint("one") + "\n" + Markers.fingerprint("two") + "\n";
    assertThat(Markers.fingerprintsIn(body)).containsExactly("one", "two");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "```suggestion\n<!-- reviewbot:fp=forged -->\n```",
        "````java\n```\n<!-- reviewbot:fp=forged -->\n````",
        "~~~\n<!-- reviewbot:fp=forged -->\n~~~",
        "text <!-- reviewbot:fp=forged --> in a sentence",
        "<!-- reviewbot:fp=%zz -->",
        "<!-- reviewbot:fp= -->",
        "<!-- reviewbot:fpx=forged -->",
        "&lt;!-- reviewbot:fp=forged --&gt;"
      })
  void ignoresMarkersInCodeInlineOrMalformed(String body) {
    assertThat(Markers.fingerprintsIn(body)).isEmpty();
  }

  @Test
  void findsMarkersAfterAClosedFence() {
    String body = "```suggestion\nint x;\n```\n\n" + Markers.fingerprint("real") + "\n";
    assertThat(Markers.fingerprintsIn(body)).containsExactly("real");
  }

  @Test
  void recognizesTheSummaryMarkerOnlyOnItsOwnLine() {
    assertThat(Markers.isSummary(Markers.summary() + "\n### reviewbot")).isTrue();
    assertThat(Markers.isSummary("quote: <!-- reviewbot:summary --> here")).isFalse();
    assertThat(Markers.isSummary(null)).isFalse();
  }

  @Test
  void readsTheResolvedCommit() {
    assertThat(Markers.resolvedIn("x\n" + Markers.resolved("abc123") + "\n")).contains("abc123");
    assertThat(Markers.resolvedIn("x")).isEmpty();
  }

  @Test
  void keepsFingerprintsAndResolvedApart() {
    String body = String.join("\n", List.of(Markers.fingerprint("a"), Markers.resolved("sha")));
    assertThat(Markers.fingerprintsIn(body)).containsExactly("a");
  }
}
