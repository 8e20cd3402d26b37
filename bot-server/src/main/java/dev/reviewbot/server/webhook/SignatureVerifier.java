package dev.reviewbot.server.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature-256}: {@code sha256=} followed by the hex HMAC-SHA256 of the raw
 * request body under the webhook secret. Compared in constant time, so timing tells an attacker
 * nothing about how much of a forged signature was right.
 */
public final class SignatureVerifier {
  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public SignatureVerifier(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the webhook secret is empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** True only if {@code header} is a well-formed signature of exactly these bytes. */
  public boolean verify(byte[] body, String header) {
    return parse(header).map(given -> matches(given, hmac(body))).orElse(false);
  }

  /**
   * The 32 bytes a well-formed header names, or empty: a delivery without one can be refused before
   * its body is read.
   */
  public Optional<byte[]> parse(String header) {
    if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(HexFormat.of().parseHex(header, PREFIX.length(), header.length()));
    } catch (IllegalArgumentException notHex) {
      return Optional.empty();
    }
  }

  /** Constant-time comparison of a parsed header with a computed HMAC. */
  public boolean matches(byte[] given, byte[] computed) {
    return MessageDigest.isEqual(computed, given);
  }

  /** A fresh HMAC under the secret, to be fed the body as it streams in. */
  public Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The header value GitHub would send for {@code body}. */
  public String sign(byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(body));
  }

  private byte[] hmac(byte[] body) {
    return newMac().doFinal(body);
  }
}
