package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CheckstyleReporterTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagName(name);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  private static ReportInput oneFinding(String message) {
    return new ReportInput(
        List.of(
            new Finding(
                "argument-count",
                Severity.WARNING,
                "src/A.java",
                LineRange.of(3),
                message,
                "fp",
                null)),
        0,
        List.of(),
        List.of(),
        ReportSamples.RULES.all(),
        null,
        null,
        1,
        "1");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      markup and quotes         | 'a < b && c > "d" ''e'''           | 'a < b && c > "d" ''e'''
      CDATA end and entity text | ']]> &amp; &#10;'                   | ']]> &amp; &#10;'
      non-ASCII                 | 'Größe: 𝄞 ✓'                        | 'Größe: 𝄞 ✓'
      line breaks fold          | 'one\r\ntwo\nthree'                | 'one two three'
      control characters        | 'bell\u0007 esc\u001b nul\u0000'   | 'bell� esc� nul�'
      """)
  void messagesSurviveAnXmlParser(String description, String message, String parsedBack)
      throws Exception {
    String unescaped =
        message
            .replace("\\r", "\r")
            .replace("\\n", "\n")
            .replace("\\u0007", "\u0007")
            .replace("\\u001b", "\u001b")
            .replace("\\u0000", "\u0000");

    Document doc = parse(render(new CheckstyleReporter(), oneFinding(unescaped)));

    assertThat(elements(doc, "error"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getAttribute("message")).isEqualTo(parsedBack);
              assertThat(error.getAttribute("source")).isEqualTo("reviewbot.argument-count");
              assertThat(error.getAttribute("severity")).isEqualTo("warning");
              assertThat(error.getAttribute("line")).isEqualTo("3");
            });
  }

  @Test
  void theSampleParsesWithEveryFindingNoticeAndCrashInItsFile() throws Exception {
    Document doc = parse(render(new CheckstyleReporter(), ReportSamples.sample()));

    assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("4.3");
    assertThat(elements(doc, "file"))
        .extracting(f -> f.getAttribute("name"))
        .containsExactly(
            ".",
            "src/main/java/com/acme/Billing.java",
            "src/test/java/com/acme/Billing Test.java",
            "src/main/java/com/acme/Broken.java",
            "src/main/java/com/acme/Weird.java");
    assertThat(elements(doc, "error")).hasSize(ReportSamples.sample().findings().size() + 1);
    assertThat(elements(doc, "error"))
        .filteredOn(e -> e.getAttribute("source").equals(CheckstyleReporter.NOTICE_SOURCE))
        .singleElement()
        .satisfies(notice -> assertThat(notice.getAttribute("column")).isEqualTo("17"));
    assertThat(elements(doc, "exception"))
        .extracting(Element::getTextContent)
        .satisfiesExactly(
            plugin ->
                assertThat(plugin)
                    .startsWith("rule house-no-date (plugin house-rules.jar) crashed:"),
            builtIn ->
                assertThat(builtIn)
                    .startsWith("rule argument-count crashed:")
                    .contains("at com.acme.Rule.check(Rule.java:10)"));
  }

  @Test
  void aFindingAboutTheWholeChangeIsFiledUnderTheRepositoryRootNeverUnderAnEmptyName()
      throws Exception {
    Document doc = parse(render(new CheckstyleReporter(), ReportSamples.sample()));

    assertThat(elements(doc, "file"))
        .extracting(f -> f.getAttribute("name"))
        .doesNotContain("")
        .first()
        .isEqualTo(".");
    Element root = elements(doc, "file").get(0);
    assertThat(root.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(((Element) root.getElementsByTagName("error").item(0)).getAttribute("source"))
        .isEqualTo("reviewbot.review-size");
    assertThat(((Element) root.getElementsByTagName("error").item(0)).getAttribute("line"))
        .isEqualTo("0");
  }
}
