package dev.reviewbot.github.internal;

import dev.reviewbot.github.FileTooLargeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.kohsuke.github.GHContent;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHRepository;

/**
 * Reads one file at one commit through the contents API ({@code GET
 * /repos/{o}/{r}/contents/{path}?ref=SHA}). Nothing is checked out and nothing from the pull
 * request is ever run.
 */
public final class ContentFetcher {
  private final GHRepository repository;
  private final long maxBytes;

  public ContentFetcher(GHRepository repository, long maxBytes) {
    this.repository = repository;
    this.maxBytes = maxBytes;
  }

  /**
   * The file's text, empty when it does not exist at {@code sha}.
   *
   * @throws FileTooLargeException over the limit, or too large for GitHub to include
   */
  public Optional<String> text(String path, String sha) throws IOException {
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
    // read() would make a second request for what the contents response already carries
    @SuppressWarnings("deprecation")
    String encoded = content.getEncodedContent();
    if (!"base64".equalsIgnoreCase(content.getEncoding()) || encoded == null) {
      // GitHub leaves out the content of files over 1 MB ("encoding": "none")
      throw new FileTooLargeException(path, content.getSize(), maxBytes);
    }
    return Optional.of(new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8));
  }
}
