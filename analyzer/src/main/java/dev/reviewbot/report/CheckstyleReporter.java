package dev.reviewbot.report;

import dev.reviewbot.api.Finding;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML 4.3, the format reviewdog ({@code -f=checkstyle}), Jenkins and IDEs read:
 *
 * <pre>{@code
 * <checkstyle version="4.3">
 *   <file name="src/A.java">
 *     <error line="12" severity="error" message="..." source="reviewbot.argument-count"/>
 * }</pre>
 *
 * <p>Choices where the format has no slot:
 *
 * <ul>
 *   <li>a finding about the whole change goes under {@code <file name=".">}, the repository root
 *       that every other name is relative to. Never {@code name=""}: consumers resolve the name as
 *       a path (reviewdog, Jenkins' warnings plugin, IDEs), and an empty one either fails to parse
 *       or lands on whatever the empty path means to them; {@code "."} is a real path, in no diff,
 *       so a diff-filtering consumer drops it quietly and a full report lists it under the project
 *       itself. Left out entirely, the finding would be lost to every consumer;
 *   <li>a finding without lines (whole change or whole file) has {@code line="0"}, as Checkstyle
 *       itself writes file-level errors; there is never a {@code column}: findings have none;
 *   <li>a suggestion is appended to the message ({@code ... (suggestion: ...)});
 *   <li>a notice (file not analyzed) is an {@code info} error with source {@code reviewbot.notice};
 *   <li>a rule crash is Checkstyle's {@code <exception>} element with the stack trace;
 *   <li>line breaks in a message become spaces, since an XML parser would fold them anyway, and
 *       characters XML cannot carry become U+FFFD.
 * </ul>
 */
public final class CheckstyleReporter implements Reporter {
  public static final String SOURCE_PREFIX = "reviewbot.";
  public static final String NOTICE_SOURCE = "reviewbot.notice";

  @Override
  public void write(ReportInput input, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "4.3");
      for (Map.Entry<String, FileEntries> file : byFile(input).entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", clean(file.getKey()));
        FileEntries entries = file.getValue();
        for (Finding finding : entries.findings) {
          String message =
              finding.suggestion() == null
                  ? finding.message()
                  : finding.message() + " (suggestion: " + finding.suggestion() + ")";
          error(
              xml,
              finding.line(),
              0,
              finding.severity().id(),
              message,
              SOURCE_PREFIX + finding.ruleId());
        }
        for (Notice notice : entries.notices) {
          error(
              xml,
              notice.line(),
              notice.column(),
              "info",
              "not analyzed: " + notice.message(),
              NOTICE_SOURCE);
        }
        for (RuleCrash crash : entries.crashes) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("exception");
          String trace = crash.stackTrace() == null ? crash.exception() : crash.stackTrace();
          xml.writeCharacters(clean("rule " + crash.rule() + " crashed:\n" + trace, false));
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write Checkstyle XML: " + e.getMessage(), e);
    }
  }

  private static void error(
      XMLStreamWriter xml, int line, int column, String severity, String message, String source)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("error");
    xml.writeAttribute("line", Integer.toString(line));
    if (column > 0) {
      xml.writeAttribute("column", Integer.toString(column));
    }
    xml.writeAttribute("severity", severity);
    xml.writeAttribute("message", clean(message));
    xml.writeAttribute("source", clean(source));
  }

  /** Where what has no file goes: the repository root, which all other names are relative to. */
  public static final String CHANGE_FILE = ".";

  /**
   * Entries per file name in order of first appearance; {@link #CHANGE_FILE} holds what has no
   * file.
   */
  private static Map<String, FileEntries> byFile(ReportInput input) {
    Map<String, FileEntries> files = new LinkedHashMap<>();
    input.findings().forEach(f -> entries(files, f.path()).findings.add(f));
    input.notices().forEach(n -> entries(files, n.path()).notices.add(n));
    input.crashes().forEach(c -> entries(files, c.path()).crashes.add(c));
    return files;
  }

  private static FileEntries entries(Map<String, FileEntries> files, String path) {
    return files.computeIfAbsent(path == null ? CHANGE_FILE : path, k -> new FileEntries());
  }

  private static String clean(String text) {
    return clean(text, true);
  }

  /**
   * Keeps only characters XML 1.0 allows; in attributes line breaks and tabs become spaces (what
   * attribute-value normalization would do to them anyway).
   */
  private static String clean(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length());
    String normalized = text.replace("\r\n", "\n");
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(attribute ? ' ' : c);
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        out.append('\uFFFD');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < normalized.length()
          && Character.isLowSurrogate(normalized.charAt(i + 1))) {
        out.append(c).append(normalized.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final class FileEntries {
    final List<Finding> findings = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final List<RuleCrash> crashes = new ArrayList<>();
  }
}
