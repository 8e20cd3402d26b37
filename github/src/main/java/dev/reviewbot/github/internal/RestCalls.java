package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * JSON calls to the REST and GraphQL APIs for what hub4j lacks (e.g. review comments with {@code
 * side}, GraphQL mutations), through the same connector, so retries and the base URL are shared.
 */
public final class RestCalls {
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
  private static final String ACCEPT = "application/vnd.github+json";

  private final String apiUrl;
  private final URI origin;
  private final GitHubConnector connector;
  private final AuthorizationProvider authorization;
  private final ObjectMapper json = new ObjectMapper();

  public RestCalls(String apiUrl, GitHubConnector connector, AuthorizationProvider authorization) {
    this.apiUrl = apiUrl;
    this.origin = URI.create(apiUrl);
    this.connector = connector;
    this.authorization = authorization;
  }

  public ObjectMapper json() {
    return json;
  }

  public JsonNode get(String path) throws IOException {
    return send("GET", url(path), null).body;
  }

  /** Every item of a paginated list, following {@code Link: rel="next"} on the same host only. */
  public List<JsonNode> getAll(String path) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    URL next = url(path + (path.contains("?") ? "&" : "?") + "per_page=100");
    while (next != null) {
      Answer answer = send("GET", next, null);
      answer.body.forEach(items::add);
      next = nextPage(answer.link);
    }
    return items;
  }

  public JsonNode post(String path, Object body) throws IOException {
    return send("POST", url(path), body).body;
  }

  public JsonNode patch(String path, Object body) throws IOException {
    return send("PATCH", url(path), body).body;
  }

  /**
   * A GraphQL call. GraphQL answers 200 with an {@code errors} list when a mutation is not allowed;
   * that becomes a {@link GitHubHttpException} with status 200 and the first message.
   */
  public JsonNode graphql(String query, Map<String, Object> variables) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    URL url = toUrl(graphqlUrl());
    JsonNode answer = send("POST", url, body).body;
    JsonNode errors = answer.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw new GitHubHttpException(
          200, "POST", url.getPath(), errors.get(0).path("message").asText("GraphQL error"));
    }
    return answer.path("data");
  }

  /**
   * {@code https://api.github.com/graphql}, or {@code https://host/api/graphql} for GitHub
   * Enterprise.
   */
  String graphqlUrl() {
    return apiUrl.endsWith("/api/v3")
        ? apiUrl.substring(0, apiUrl.length() - "/v3".length()) + "/graphql"
        : apiUrl + "/graphql";
  }

  private Answer send(String method, URL url, Object body) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", ACCEPT);
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    String credentials = authorization.getEncodedAuthorization();
    if (credentials != null) {
      headers.put("Authorization", credentials);
    }
    byte[] bytes = null;
    if (body != null) {
      headers.put("Content-Type", "application/json; charset=utf-8");
      bytes = json.writeValueAsBytes(body);
    }
    try (GitHubConnectorResponse response =
        connector.send(new ConnectorRequest(method, url, headers, bytes))) {
      byte[] raw;
      try (InputStream in = response.bodyStream()) {
        raw = in == null ? new byte[0] : in.readAllBytes();
      }
      if (response.statusCode() >= 400) {
        throw new GitHubHttpException(
            response.statusCode(), method, url.getPath(), errorMessage(raw));
      }
      JsonNode parsed = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
      return new Answer(parsed, response.header("Link"));
    }
  }

  /**
   * GitHub's {@code message} plus the {@code errors} details, e.g. why a review was unprocessable.
   */
  private String errorMessage(byte[] raw) {
    try {
      JsonNode error = json.readTree(raw);
      StringBuilder text = new StringBuilder(error.path("message").asText(""));
      for (JsonNode detail : error.path("errors")) {
        String part =
            detail.isTextual()
                ? detail.asText()
                : detail.path("message").asText(detail.path("code").asText(""));
        if (!part.isEmpty()) {
          text.append(text.length() == 0 ? "" : "; ").append(part);
        }
      }
      return text.toString();
    } catch (IOException | RuntimeException notJson) {
      String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8).strip();
      return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
  }

  private URL nextPage(String link) throws IOException {
    if (link == null) {
      return null;
    }
    Matcher next = NEXT_LINK.matcher(link);
    if (!next.find()) {
      return null;
    }
    URI uri = URI.create(next.group(1));
    if (!origin.getScheme().equalsIgnoreCase(uri.getScheme())
        || !origin.getHost().equalsIgnoreCase(uri.getHost())
        || origin.getPort() != uri.getPort()) {
      // never send the token anywhere but the API we were given
      throw new IOException(
          "GitHub's next-page link points to another host: "
              + uri.getScheme()
              + "://"
              + uri.getHost());
    }
    return toUrl(uri.toString());
  }

  private URL url(String path) throws IOException {
    return toUrl(apiUrl + path);
  }

  private static URL toUrl(String text) throws IOException {
    try {
      return URI.create(text).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IOException("not a valid URL: " + text, e);
    }
  }

  /** A JSON object node, for building request bodies. */
  public ObjectNode object() {
    return json.createObjectNode();
  }

  private record Answer(JsonNode body, String link) {}
}
