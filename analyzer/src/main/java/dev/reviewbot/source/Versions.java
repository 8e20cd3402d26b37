package dev.reviewbot.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Versions in tag names and build files, for finding a change's {@link LastRelease} the same way
 * from a local clone and from GitHub's API.
 */
public final class Versions {
  private static final Pattern VERSION_AT_END =
      Pattern.compile(
          "(?:^|[^0-9A-Za-z]|(?<=v))(\\d+(?:\\.\\d+)+)(?:[-._]([A-Za-z]+))?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED = Pattern.compile("(?:^|[^0-9A-Za-z]|(?<=v))(\\d+)\\.\\d+");
  private static final Set<String> PRE_RELEASE_WORDS =
      Set.of(
          "alpha",
          "beta",
          "rc",
          "cr",
          "m",
          "milestone",
          "snapshot",
          "preview",
          "ea",
          "dev",
          "pre",
          "nightly",
          "x");

  private Versions() {}

  /**
   * True for a tag that names a release: its name ends in a version ({@code v2.4.0}, {@code
   * jackson-core-2.15.1}, {@code rel/commons-io-2.12.0}, {@code 33.0.0-jre}, {@code 5.4.0.Final})
   * that is not a pre-release ({@code -rc1}, {@code -M3}, {@code -alpha-2}, {@code -beta}, {@code
   * -SNAPSHOT}): pre-releases promise no stable API.
   */
  public static boolean isReleaseTag(String tagName) {
    Matcher matcher = VERSION_AT_END.matcher(tagName);
    return matcher.find()
        && (matcher.group(2) == null
            || !PRE_RELEASE_WORDS.contains(matcher.group(2).toLowerCase(Locale.ROOT)));
  }

  /**
   * Release tags by their version, highest first ({@code 2.10} above {@code 2.9}); for use on
   * {@link #isReleaseTag release tags}.
   */
  public static Comparator<String> highestFirst() {
    return Comparator.comparing(Versions::numbers, Versions::compareNumbers).reversed();
  }

  /**
   * The major number of a version or tag: {@code 2} in {@code jackson-core-2.15.1}, {@code v2.4} or
   * {@code 2.4-SNAPSHOT}.
   */
  public static OptionalInt major(String version) {
    Matcher matcher = DOTTED.matcher(version);
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The version a Maven build declares: {@code <version>} of the project, its parent's when it has
   * none; empty for a property reference or a file that does not parse. Read without DTDs or
   * external entities: the file comes from the repository under review.
   */
  public static Optional<String> ofPom(byte[] pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      Element project =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom)).getDocumentElement();
      return child(project, "version")
          .or(() -> child(project, "parent").flatMap(parent -> child((Element) parent, "version")))
          .map(Node::getTextContent)
          .map(String::strip)
          .filter(v -> !v.isEmpty() && !v.contains("${"));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return Optional.empty();
    }
  }

  /** The {@code version} of a {@code gradle.properties} file. */
  public static Optional<String> ofGradleProperties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(properties.getProperty("version"))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  private static int[] numbers(String tag) {
    Matcher matcher = VERSION_AT_END.matcher(tag);
    if (!matcher.find()) {
      return new int[0];
    }
    String[] parts = matcher.group(1).split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parts[i].length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(parts[i]);
    }
    return numbers;
  }

  private static int compareNumbers(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static Optional<Node> child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.ELEMENT_NODE && name.equals(node.getNodeName())) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }
}
