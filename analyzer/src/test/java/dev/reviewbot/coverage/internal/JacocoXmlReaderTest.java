package dev.reviewbot.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacocoXmlReaderTest {
  private static final String DOCTYPE =
      "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">";

  static final String AGGREGATE =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      %s
      <report name="shop">
        <sessioninfo id="vm-1" start="1" dump="2"/>
        <group name="app">
          <group name="core">
            <package name="com/acme">
              <class name="com/acme/Cart" sourcefilename="Cart.java"/>
              <sourcefile name="Cart.java">
                <line nr="3" mi="0" ci="2" mb="0" cb="0"/>
                <line nr="5" mi="4" ci="0" mb="2" cb="0"/>
                <counter type="LINE" missed="1" covered="1"/>
              </sourcefile>
            </package>
          </group>
        </group>
        <group name="web">
          <package name="">
            <sourcefile name="Main.java"><line nr="1" mi="0" ci="3" mb="1" cb="1"/></sourcefile>
          </package>
        </group>
      </report>
      """
          .formatted(DOCTYPE);

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsNestedGroupsPackagesAndLines() throws Exception {
    List<SourceCoverage> sources =
        JacocoXmlReader.read(write("jacoco.xml", AGGREGATE), "jacoco.xml");

    assertThat(sources)
        .extracting(SourceCoverage::reportPath, SourceCoverage::modules)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("com/acme/Cart.java", List.of("app", "core")),
            org.assertj.core.groups.Tuple.tuple("Main.java", List.of("web")));
    assertThat(sources.get(0).lines()).containsOnlyKeys(3, 5);
    assertThat(sources.get(0).lines().get(5)).isEqualTo(new LineCounts(4, 0, 2, 0));
    assertThat(sources.get(1).lines().get(1)).isEqualTo(new LineCounts(0, 3, 1, 1));
    assertThat(sources.get(0).origin()).isEqualTo("jacoco.xml");
  }

  @Test
  void neverLoadsTheExternalDtd() throws Exception {
    // a DTD that would break the parse if it were read
    write("report.dtd", "this is not a DTD <!ELEMENT");
    assertThat(JacocoXmlReader.read(write("jacoco.xml", AGGREGATE), "jacoco.xml")).hasSize(2);
  }

  @Test
  void neverResolvesExternalEntities() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET");
    write("evil.dtd", "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
    String report =
        """
        <?xml version="1.0"?>
        <!DOCTYPE report SYSTEM "evil.dtd">
        <report name="x"><package name="p"><sourcefile name="&leak;.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report>
        """;
    Path file = write("evil.xml", report);

    List<SourceCoverage> sources = JacocoXmlReader.read(file, "evil.xml");

    assertThat(sources)
        .singleElement()
        .satisfies(s -> assertThat(s.reportPath()).isEqualTo("p/.java"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      truncated report      | TRUNCATED  | incomplete (truncated file?)
      Cobertura report      | <?xml version="1.0"?><coverage line-rate="0.5"><packages/></coverage> | not a JaCoCo XML report: the root element is <coverage>
      plain text            | hello, not xml | not a well-formed XML file
      empty file            | EMPTY      | incomplete (truncated file?)
      line number not a number | <report name="r"><package name="p"><sourcefile name="A.java"><line nr="x" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report> | attribute nr of <line> is not a number: 'x'
      line without counters | <report name="r"><package name="p"><sourcefile name="A.java"><line nr="1"/></sourcefile></package></report> | <line> has no mi attribute
      package inside a source file (fuzzed) | <report name="r"><package name="p"><sourcefile name="A.java"><package name="q"></package></sourcefile></package></report> | <package> inside a <package> or <sourcefile>; JaCoCo never nests them
      source file inside a source file (fuzzed) | <report name="r"><package name="p"><sourcefile name="A.java"><sourcefile name="B.java"></sourcefile></sourcefile></package></report> | <sourcefile> inside a <sourcefile>; JaCoCo never nests them
      package inside a package | <report name="r"><package name="p"><package name="q"/></package></report> | <package> inside a <package>
      """)
  void refusesInputThatIsNotACompleteJacocoReport(String name, String content, String message)
      throws IOException {
    String text =
        switch (content) {
          case "TRUNCATED" -> AGGREGATE.substring(0, AGGREGATE.indexOf("<line nr=\"5\""));
          case "EMPTY" -> "";
          default -> content;
        };
    Path file = write("report.xml", text);

    assertThatThrownBy(() -> JacocoXmlReader.read(file, "build/report.xml"))
        .isInstanceOfSatisfying(
            CoverageInputException.class,
            e -> {
              assertThat(e.file()).isEqualTo("build/report.xml");
              assertThat(e.getMessage()).contains(message);
            });
  }

  @Test
  void namesTheLineOfABadElement() throws IOException {
    Path file =
        write(
            "report.xml",
            "<report name=\"r\">\n<package name=\"p\">\n<sourcefile>\n</sourcefile></package></report>");
    assertThatThrownBy(() -> JacocoXmlReader.read(file, "report.xml"))
        .isInstanceOfSatisfying(
            CoverageInputException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).isEqualTo("<sourcefile> has no name attribute");
            });
  }

  @Test
  void tellsAnExecFileFromAReport() throws IOException {
    Path file = dir.resolve("jacoco.exec");
    Files.write(file, new byte[] {0x01, (byte) 0xC0, (byte) 0xC0, 0x10, 0x07});
    assertThatThrownBy(() -> JacocoXmlReader.read(file, "jacoco.exec"))
        .hasMessageContaining("is a JaCoCo exec file, not an XML report");
  }

  @Test
  void saysWhenTheReportDoesNotExist() {
    assertThatThrownBy(() -> JacocoXmlReader.read(dir.resolve("missing.xml"), "missing.xml"))
        .hasMessage("coverage report does not exist");
  }
}
