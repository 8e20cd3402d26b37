package dev.reviewbot.github.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.github.connector.GitHubConnectorRequest;

/**
 * A request we build ourselves for calls hub4j has no method for, sent through the same connector.
 * {@link #toString()} leaves the headers out: they carry the token.
 */
final class ConnectorRequest implements GitHubConnectorRequest {
  private final String method;
  private final URL url;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  ConnectorRequest(String method, URL url, Map<String, String> headers, byte[] body) {
    this.method = method;
    this.url = url;
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> map.put(name, List.of(value)));
    this.headers = Collections.unmodifiableMap(map);
    this.body = body;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public Map<String, List<String>> allHeaders() {
    return headers;
  }

  @Override
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  @Override
  public String contentType() {
    return header("Content-Type");
  }

  @Override
  public InputStream body() {
    return body == null ? null : new ByteArrayInputStream(body);
  }

  @Override
  public URL url() {
    return url;
  }

  @Override
  public boolean hasBody() {
    return body != null;
  }

  @Override
  public String toString() {
    return method + " " + url;
  }
}
