package dev.reviewbot.source.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The version a commit builds, as its root build file declares it: {@code <version>} of the root
 * {@code pom.xml} (its parent's when it has none), else {@code version=} in
 * {@code gradle.properties}. Parsed without DTDs or external entities: the file comes from the
 * repository under review.
 */
final class BuildVersion {
  private BuildVersion() {}

  static Optional<String> ofPom(byte[] pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      Element project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom)).getDocumentElement();
      return child(project, "version").or(() -> child(project, "parent").flatMap(parent -> child((Element) parent, "version")))
          .map(Node::getTextContent).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
    } catch (ParserConfigurationException | SAXException | IOException | ClassCastException e) {
      return Optional.empty();
    }
  }

  static Optional<String> ofGradleProperties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(properties.getProperty("version")).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<Node> child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.ELEMENT_NODE && name.equals(node.getLocalName() != null ? node.getLocalName() : node.getNodeName())) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }
}
