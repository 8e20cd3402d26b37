package dev.reviewbot.coverage.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the line data of a JaCoCo XML report ({@code report}, {@code report-aggregate} with a
 * {@code <group>} per module, nested groups) in one streaming pass.
 *
 * <p>JaCoCo reports start with {@code <!DOCTYPE report PUBLIC ... "report.dtd">}. The parser never
 * loads that external DTD (nor any external entity): the file is usually not there, and loading it
 * would let a report read arbitrary files or reach the network.
 */
public final class JacocoXmlReader {
  private static final XMLInputFactory FACTORY = secureFactory();

  private JacocoXmlReader() {}

  /**
   * @param file the report
   * @param name how messages name the file, e.g. its repository-relative path
   * @return one entry per {@code <sourcefile>}, in report order
   * @throws CoverageInputException for a missing or unreadable file, a truncated file, malformed
   *     XML, or XML that is not a JaCoCo report
   */
  public static List<SourceCoverage> read(Path file, String name) throws CoverageInputException {
    EofTrackingStream in = null;
    XMLStreamReader reader = null;
    try {
      in = new EofTrackingStream(new BufferedInputStream(Files.newInputStream(file)));
      refuseExecFile(in, name);
      reader = FACTORY.createXMLStreamReader(in);
      return parse(reader, name);
    } catch (NoSuchFileException e) {
      throw CoverageInputException.missing(name, "coverage report does not exist", e);
    } catch (IOException e) {
      throw new CoverageInputException(name, 0, 0, "cannot read coverage report: " + e, e);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String reason =
          in.reachedEof()
              ? "JaCoCo XML report is incomplete (truncated file?): "
              : "not a well-formed XML file: ";
      throw new CoverageInputException(
          name,
          at == null ? 0 : Math.max(0, at.getLineNumber()),
          at == null ? 0 : Math.max(0, at.getColumnNumber()),
          reason + parserMessage(e),
          e);
    } finally {
      close(reader, in);
    }
  }

  private static List<SourceCoverage> parse(XMLStreamReader reader, String name)
      throws XMLStreamException, CoverageInputException {
    List<SourceCoverage> result = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    String packageName = null;
    String sourceFile = null;
    TreeMap<Integer, LineCounts> lines = null;
    boolean rootSeen = false;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = reader.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (!element.equals("report") || reader.getAttributeValue(null, "name") == null) {
            throw fail(
                reader,
                name,
                "not a JaCoCo XML report: the root element is <"
                    + element
                    + ">, expected <report name=...> (is it a Cobertura, Clover or other report?)");
          }
          continue;
        }
        switch (element) {
          case "group" -> groups.add(attribute(reader, name, "name"));
          case "package" -> {
            if (packageName != null) {
              throw fail(
                  reader,
                  name,
                  "<package> inside a <package> or <sourcefile>; JaCoCo never nests them");
            }
            packageName = attribute(reader, name, "name");
          }
          case "sourcefile" -> {
            if (packageName == null) {
              throw fail(reader, name, "<sourcefile> outside a <package>");
            }
            if (sourceFile != null) {
              throw fail(
                  reader, name, "<sourcefile> inside a <sourcefile>; JaCoCo never nests them");
            }
            sourceFile = attribute(reader, name, "name");
            lines = new TreeMap<>();
          }
          case "line" -> {
            if (lines != null) {
              int nr = number(reader, name, "nr");
              if (nr < 1) {
                throw fail(reader, name, "<line nr=\"" + nr + "\"> is not a line number");
              }
              lines.put(
                  nr,
                  new LineCounts(
                      number(reader, name, "mi"),
                      number(reader, name, "ci"),
                      number(reader, name, "mb"),
                      number(reader, name, "cb")));
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (reader.getLocalName()) {
          case "group" -> groups.remove(groups.size() - 1);
          case "package" -> packageName = null;
          case "sourcefile" -> {
            String path = packageName.isEmpty() ? sourceFile : packageName + "/" + sourceFile;
            result.add(new SourceCoverage(path, groups, name, lines));
            sourceFile = null;
            lines = null;
          }
          default -> {}
        }
      }
    }
    if (!rootSeen) {
      throw new CoverageInputException(
          name, 0, 0, "not a JaCoCo XML report: the file has no root element", null);
    }
    return result;
  }

  private static String attribute(XMLStreamReader reader, String name, String attribute)
      throws CoverageInputException {
    String value = reader.getAttributeValue(null, attribute);
    if (value == null) {
      throw fail(
          reader, name, "<" + reader.getLocalName() + "> has no " + attribute + " attribute");
    }
    return value;
  }

  private static int number(XMLStreamReader reader, String name, String attribute)
      throws CoverageInputException {
    String value = attribute(reader, name, attribute);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw fail(
          reader,
          name,
          "attribute "
              + attribute
              + " of <"
              + reader.getLocalName()
              + "> is not a number: '"
              + value
              + "'");
    }
  }

  private static CoverageInputException fail(XMLStreamReader reader, String name, String message) {
    Location at = reader.getLocation();
    return new CoverageInputException(
        name, at.getLineNumber(), at.getColumnNumber(), message, null);
  }

  /** Exec files are binary and start with block type 0x01 and magic 0xC0C0. */
  private static void refuseExecFile(InputStream in, String name)
      throws IOException, CoverageInputException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    in.reset();
    if (head.length == 3 && head[0] == 0x01 && head[1] == (byte) 0xC0 && head[2] == (byte) 0xC0) {
      throw new CoverageInputException(
          name,
          0,
          0,
          "is a JaCoCo exec file, not an XML report: pass it as an exec file together with the class directories",
          null);
    }
  }

  /** The parser's own message without its location prefix (we report the location separately). */
  private static String parserMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int marker = message.indexOf("Message: ");
    return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).trim();
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  private static void close(XMLStreamReader reader, InputStream in) {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (XMLStreamException ignored) {
      // closing a reader we are done with; the stream below is closed anyway
    }
    try {
      if (in != null) {
        in.close();
      }
    } catch (IOException ignored) {
      // read-only stream, nothing to flush
    }
  }

  /** Remembers whether the parser read to the end: an XML error there means a cut-off file. */
  private static final class EofTrackingStream extends FilterInputStream {
    private boolean eof;

    EofTrackingStream(InputStream in) {
      super(in);
    }

    boolean reachedEof() {
      return eof;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      eof |= b < 0;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      eof |= n < 0;
      return n;
    }
  }
}
