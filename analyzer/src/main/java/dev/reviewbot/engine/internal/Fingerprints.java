package dev.reviewbot.engine.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.PrinterConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Stable identities for findings: rule id + path + enclosing member + normalized snippet, hashed.
 * Never the line number, so inserting unrelated lines above a finding keeps its fingerprint.
 */
public final class Fingerprints {
  private static final PrinterConfiguration NO_COMMENTS =
      new DefaultPrinterConfiguration()
          .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS))
          .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));

  private Fingerprints() {}

  public static String forNode(String ruleId, String path, Node node) {
    return hash(ruleId, path, enclosingMember(node), snippet(node));
  }

  /**
   * As {@link #forNode(String, String, Node)}, with {@code key} (may be {@code null}) telling apart
   * findings on one node.
   */
  public static String forNode(String ruleId, String path, Node node, String key) {
    return key == null
        ? forNode(ruleId, path, node)
        : hash(ruleId, path, enclosingMember(node), snippet(node), normalize(key));
  }

  public static String forKey(String ruleId, String path, String key) {
    return hash(ruleId, path == null ? "" : path, "", normalize(key));
  }

  /** e.g. {@code Outer.Inner#method(int,String)}, {@code Outer#field}, {@code Outer}. */
  public static String enclosingMember(Node node) {
    Deque<String> parts = new ArrayDeque<>();
    String member = null;
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (member == null) {
        member = memberName(current);
      }
      if (current instanceof TypeDeclaration<?> type) {
        parts.push(type.getNameAsString());
      }
    }
    String typePath = String.join(".", parts);
    return member == null ? typePath : typePath + "#" + member;
  }

  private static String memberName(Node node) {
    if (node instanceof CallableDeclaration<?> callable) {
      return callable.getNameAsString()
          + "("
          + callable.getParameters().stream()
              .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
              .collect(Collectors.joining(","))
          + ")";
    }
    if (node instanceof FieldDeclaration field) {
      return field.getVariables().stream()
          .map(VariableDeclarator::getNameAsString)
          .collect(Collectors.joining(","));
    }
    if (node instanceof EnumConstantDeclaration constant) {
      return constant.getNameAsString();
    }
    return null;
  }

  /**
   * The node's code without comments, whitespace collapsed; long bodies cut to their first part.
   */
  static String snippet(Node node) {
    if (node instanceof TypeDeclaration<?> type) {
      return type.getClass().getSimpleName() + " " + type.getNameAsString();
    }
    if (node instanceof CallableDeclaration<?> callable) {
      return callable.getDeclarationAsString(true, true, true);
    }
    if (node instanceof Comment comment) {
      return normalize(comment.getContent());
    }
    String text = node.toString(NO_COMMENTS);
    return normalize(text.length() > 2000 ? text.substring(0, 2000) : text);
  }

  static String normalize(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
