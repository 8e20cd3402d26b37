package dev.reviewbot.server.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.kohsuke.github.GHContent;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHRepository;

/**
 * Reads one file at one commit through the contents API ({@code GET /repos/{o}/{r}/contents/{path}?ref=SHA}).
 * Nothing is checked out and nothing from the pull request is ever run.
 */
final class ContentFetcher {
  private final GHRepository repository;
  private final long maxBytes;

  ContentFetcher(GHRepository repository, long maxBytes) {
    this.repository = repository;
    this.maxBytes = maxBytes;
  }

  /** The file's text, empty when it does not exist at {@code sha}. */
  Optional<String> text(String path, String sha) throws IOException {
    GHContent content;
    try {
      content = repository.getFileContent(path, sha);
    } catch (GHFileNotFoundException absent) {
      return Optional.empty();
    }
    if (!content.isFile()) {
      return Optional.empty();
    }
    if (content.getSize() > maxBytes) {
      throw new FileTooLargeException(path, content.getSize(), maxBytes);
    }
    String encoded = content.getEncodedContent();
    if (!"base64".equalsIgnoreCase(content.getEncoding()) || encoded == null) {
      // GitHub leaves out the content of files over 1 MB ("encoding": "none")
      throw new FileTooLargeException(path, content.getSize(), maxBytes);
    }
    return Optional.of(new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8));
  }

  /** A file the review skips because of its size; reported, not fatal. */
  static final class FileTooLargeException extends IOException {
    FileTooLargeException(String path, long size, long max) {
      super(path + " is " + size + " bytes; files over " + max + " bytes are not analyzed");
    }
  }
}
