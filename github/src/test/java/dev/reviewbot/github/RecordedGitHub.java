package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.reviewbot.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub faked at the HTTP level for one pull request, hub4j-test-org/github-api#484, answering
 * with the real responses recorded in the test data's {@code github/api-recordings} ({@link
 * TestData}): the repository and pull request, the token's user, a 300-file diff with missing
 * patches (served 100 per page), review comments, issue comments, reviews and check runs.
 *
 * <p>Between two publisher runs, {@link #absorb()} turns what the last run posted into comments the
 * next run reads back, the way GitHub would.
 */
public final class RecordedGitHub implements AutoCloseable {
  public static final String OWNER = "hub4j-test-org";
  public static final String REPO = "github-api";
  public static final int NUMBER = 484;
  public static final String HEAD = "07374fe73aff1c2024a8d4114b32406c7a8e89b7";
  public static final String TOKEN = "ghp_TestOnlySecretToken0123456789abcdef";
  public static final String BOT = "maximevw";
  public static final Instant NOW = Instant.parse("2026-02-10T21:33:45Z");
  public static final PullRequestRef PR = new PullRequestRef(OWNER, REPO, NUMBER, HEAD);

  private static final String PULLS = "GHPullRequestTest/wiremock/";
  private static final String CHECKS =
      "GHCheckRunBuilderTest/wiremock/createCheckRunManyAnnotations/__files/";
  private static final String COMPARE =
      "GHRepositoryTest/wiremock/getCommitsBetweenOver250/__files/4-r_h_g_compare_4261c42949915816a9f246eb14c3dfd21a637bc294ff.json";

  public final ObjectMapper json = new ObjectMapper();
  public final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final String prefix;
  private final List<ObjectNode> reviewComments = new ArrayList<>();
  private final List<ObjectNode> issueComments = new ArrayList<>();
  private final List<StubMapping> stateStubs = new ArrayList<>();
  private final Set<java.util.UUID> absorbed = new HashSet<>();
  private final java.util.Map<Long, ArrayNode> reactions = new java.util.HashMap<>();
  private ArrayNode files;
  private String head = HEAD;
  private int reviewCommentPageSize = 100;
  private long nextId = 900_000_001L;

  /**
   * @param prefix {@code ""} for github.com, {@code "/api/v3"} for GitHub Enterprise Server
   */
  public RecordedGitHub(String prefix) {
    this.prefix = prefix;
    server.start();
    stub(
        get(at("/user")),
        ok(read(recording(PULLS + "pullRequestReviewComments/__files/1-user.json"))));
    stub(
        get(at("/repos/" + OWNER + "/" + REPO)),
        ok(read(recording(PULLS + "pullRequestReviewComments/__files/3-r_h_github-api.json"))));
    stub(
        post(at(pullsPath("/reviews"))),
        ok(read(recording(PULLS + "pullRequestReviews/__files/10-r_h_g_pulls_482_reviews.json"))));
    stub(
        post(at(pullsPath("/comments"))),
        ok(read(
                recording(
                    PULLS + "pullRequestReviewComments/__files/7-r_h_g_pulls_484_comments.json")))
            .withStatus(201));
    stub(
        post(at(issuesPath("/comments"))),
        ok(read(recording(PULLS + "pullRequestComment/__files/7-r_h_g_issues_461_comments.json")))
            .withStatus(201));
    stub(
        patch(urlPathMatching(prefix + "/repos/" + OWNER + "/" + REPO + "/pulls/comments/\\d+")),
        ok(
            read(
                recording(
                    PULLS
                        + "pullRequestReviewComments/__files/28-r_h_g_pulls_comments_1641776783.json"))));
    stub(
        patch(urlPathMatching(prefix + "/repos/" + OWNER + "/" + REPO + "/issues/comments/\\d+")),
        ok(read(recording(PULLS + "pullRequestComment/__files/7-r_h_g_issues_461_comments.json"))));
    stub(
        get(
            urlPathMatching(
                prefix + "/repos/" + OWNER + "/" + REPO + "/commits/[0-9a-f]{40}/check-runs")),
        ok("{\"total_count\":0,\"check_runs\":[]}"));
    stub(
        post(at("/repos/" + OWNER + "/" + REPO + "/check-runs")),
        ok(read(recording(CHECKS + "5-r_h_t_check-runs.json"))).withStatus(201));
    stub(
        patch(at("/repos/" + OWNER + "/" + REPO + "/check-runs/1424883599")),
        ok(read(recording(CHECKS + "6-r_h_t_check-runs_1424883599.json"))));
    stub(
        get(
            urlPathMatching(
                prefix + "/repos/" + OWNER + "/" + REPO + "/check-runs/\\d+/annotations")),
        ok("[]"));
    try {
      files = (ArrayNode) json.readTree(recording(COMPARE).toFile()).get("files");
      JsonNode recordedReviewComments =
          json.readTree(
              recording(PULLS + "pullRequestReviewComments/__files/9-r_h_g_pulls_484_comments.json")
                  .toFile());
      recordedReviewComments.forEach(c -> reviewComments.add((ObjectNode) c));
      JsonNode recordedIssueComments =
          json.readTree(
              recording(PULLS + "pullRequestComment/__files/9-r_h_g_issues_461_comments.json")
                  .toFile());
      recordedIssueComments.forEach(c -> issueComments.add((ObjectNode) c));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    restub();
  }

  public RecordedGitHub() {
    this("");
  }

  public String apiUrl() {
    return server.baseUrl() + prefix;
  }

  public GitHubApiClient client(RecordingSleeper sleeper) {
    return GitHubApiClient.builder(apiUrl())
        .token(TOKEN)
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** The recorded 300 files; tests may change or replace them. */
  public ArrayNode files() {
    return files;
  }

  public ObjectNode file(String path) {
    for (JsonNode file : files) {
      if (file.get("filename").asText().equals(path)) {
        return (ObjectNode) file;
      }
    }
    throw new IllegalArgumentException("no file " + path + " in the recorded diff");
  }

  /** The pull request moves on to a new head commit. */
  public void movePullRequestTo(String newHead) {
    head = newHead;
    restub();
  }

  public void pageReviewCommentsBy(int size) {
    reviewCommentPageSize = size;
    restub();
  }

  /** A comment by someone else (or by the bot), as GitHub would list it. */
  public void addIssueComment(String login, String body) {
    ObjectNode comment = issueComments.get(0).deepCopy();
    comment.put("id", nextId++);
    comment.put("body", body);
    ((ObjectNode) comment.get("user")).put("login", login);
    issueComments.add(comment);
    restub();
  }

  public void addReviewComment(String login, String path, int line, String body) {
    ObjectNode comment = reviewComments.get(0).deepCopy();
    comment.put("id", nextId++);
    comment.put("path", path);
    comment.put("line", line);
    comment.put("side", "RIGHT");
    comment.put("body", body);
    ((ObjectNode) comment.get("user")).put("login", login);
    reviewComments.add(comment);
    restub();
  }

  /**
   * A reaction to a review comment, as GitHub shows it: in the comment's {@code reactions} roll-up
   * and in {@code GET .../pulls/comments/{id}/reactions} (shaped like the recorded one).
   */
  public void react(long commentId, String login, String content) {
    ObjectNode comment =
        reviewComments.stream()
            .filter(c -> c.get("id").asLong() == commentId)
            .findFirst()
            .orElseThrow();
    ObjectNode rollup = (ObjectNode) comment.get("reactions");
    rollup.put(content, rollup.path(content).asInt() + 1);
    rollup.put("total_count", rollup.path("total_count").asInt() + 1);
    ArrayNode list = reactions.computeIfAbsent(commentId, id -> json.createArrayNode());
    try {
      ObjectNode reaction;
      try (var recorded =
          RecordedGitHub.class.getResourceAsStream("/recorded/pulls-comments-reactions.json")) {
        reaction = (ObjectNode) json.readTree(recorded).get(0).deepCopy();
      }
      reaction.put("id", nextId++).put("content", content);
      ((ObjectNode) reaction.get("user")).put("login", login);
      list.add(reaction);
      stub(
          get(
              urlPathEqualTo(
                  prefix
                      + "/repos/"
                      + OWNER
                      + "/"
                      + REPO
                      + "/pulls/comments/"
                      + commentId
                      + "/reactions")),
          ok(json.writeValueAsString(list)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    restub();
  }

  public List<ObjectNode> issueComments() {
    return issueComments;
  }

  public List<ObjectNode> reviewComments() {
    return reviewComments;
  }

  /** Adds what the last run posted (and edited) to what GitHub lists, as GitHub would. */
  public void absorb() {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    for (ServeEvent event : events) {
      if (!absorbed.add(event.getId()) || event.getResponse().getStatus() >= 300) {
        continue;
      }
      LoggedRequest request = event.getRequest();
      String url = request.getUrl().replaceFirst("\\?.*", "");
      String method = request.getMethod().getName();
      if (method.equals("POST") && url.equals(pulls("/reviews"))) {
        body(request).path("comments").forEach(c -> reviewComments.add(reviewComment(c)));
      } else if (method.equals("POST") && url.equals(pulls("/comments"))) {
        reviewComments.add(reviewComment(body(request)));
      } else if (method.equals("POST") && url.equals(issues("/comments"))) {
        ObjectNode comment = issueComments.get(0).deepCopy();
        comment.put("id", response(event).get("id").asLong());
        comment.put("body", body(request).get("body").asText());
        comment.set("user", botUser());
        issueComments.add(comment);
      } else if (method.equals("PATCH")) {
        Matcher edit = Pattern.compile(".*/(pulls|issues)/comments/(\\d+)").matcher(url);
        if (edit.matches()) {
          long id = Long.parseLong(edit.group(2));
          (edit.group(1).equals("pulls") ? reviewComments : issueComments)
              .stream()
                  .filter(c -> c.get("id").asLong() == id)
                  .forEach(c -> c.put("body", body(request).get("body").asText()));
        }
      }
    }
    restub();
  }

  /** Requests received, oldest first, as method + path (+ query). */
  public List<LoggedRequest> requests(String method, String pathBelowPrefix) {
    return server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(
            r ->
                r.getMethod().getName().equals(method)
                    && r.getUrl().replaceFirst("\\?.*", "").equals(prefix + pathBelowPrefix))
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  public List<LoggedRequest> writes() {
    return server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(r -> !r.getMethod().getName().equals("GET") && !r.getUrl().endsWith("/graphql"))
        .toList();
  }

  public JsonNode body(LoggedRequest request) {
    try {
      return json.readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StubMapping stub(MappingBuilder request, ResponseDefinitionBuilder response) {
    return server.stubFor(request.willReturn(response));
  }

  public String path(String below) {
    return prefix + below;
  }

  /** Matches the path below the prefix, whatever the query. */
  public UrlPathPattern at(String below) {
    return urlPathEqualTo(prefix + below);
  }

  public static String pullsPath(String rest) {
    return "/repos/" + OWNER + "/" + REPO + "/pulls/" + NUMBER + rest;
  }

  public static String issuesPath(String rest) {
    return "/repos/" + OWNER + "/" + REPO + "/issues/" + NUMBER + rest;
  }

  public ResponseDefinitionBuilder ok(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body.replace("https://api.github.com", apiUrl()));
  }

  /** A recorded response file, below the test data's {@code github/api-recordings}. */
  public static Path recording(String relative) {
    return TestData.file("github/api-recordings/" + relative);
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  private String pulls(String rest) {
    return prefix + pullsPath(rest);
  }

  private String issues(String rest) {
    return prefix + issuesPath(rest);
  }

  private ObjectNode reviewComment(JsonNode posted) {
    ObjectNode comment =
        reviewComments.isEmpty() ? json.createObjectNode() : reviewComments.get(0).deepCopy();
    comment.put("id", nextId++);
    comment.put("node_id", "PRRC_fake" + comment.get("id").asLong());
    comment.put("path", posted.get("path").asText());
    comment.put("line", posted.get("line").asInt());
    comment.put("side", "RIGHT");
    comment.put("commit_id", head);
    comment.put("body", posted.get("body").asText());
    comment.putNull("in_reply_to_id");
    comment.set("user", botUser());
    return comment;
  }

  private JsonNode botUser() {
    try {
      return json.readTree(
          read(recording(PULLS + "pullRequestReviewComments/__files/1-user.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode response(ServeEvent event) {
    try {
      return json.readTree(event.getResponse().getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void restub() {
    stateStubs.forEach(server::removeStub);
    stateStubs.clear();
    try {
      ObjectNode pull =
          (ObjectNode)
              json.readTree(
                  read(recording(PULLS + "pullRequestReviewComments/__files/4-r_h_g_pulls.json")));
      ((ObjectNode) pull.get("head")).put("sha", head);
      stateStubs.add(stub(get(urlPathEqualTo(pulls(""))), ok(json.writeValueAsString(pull))));
      stateStubs.addAll(paged(pulls("/files"), files, 100));
      stateStubs.addAll(
          paged(pulls("/comments"), json.valueToTree(reviewComments), reviewCommentPageSize));
      stateStubs.addAll(paged(issues("/comments"), json.valueToTree(issueComments), 100));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A list served like GitHub does: {@code per_page} items a page, {@code Link: rel="next"} to the
   * rest.
   */
  private List<StubMapping> paged(String url, JsonNode items, int pageSize) throws IOException {
    List<StubMapping> stubs = new ArrayList<>();
    int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
    for (int page = 1; page <= pages; page++) {
      ArrayNode slice = json.createArrayNode();
      for (int i = (page - 1) * pageSize; i < Math.min(items.size(), page * pageSize); i++) {
        slice.add(items.get(i));
      }
      ResponseDefinitionBuilder response = ok(json.writeValueAsString(slice));
      if (page < pages) {
        response.withHeader(
            "Link",
            "<"
                + server.baseUrl()
                + url
                + "?per_page="
                + pageSize
                + "&page="
                + (page + 1)
                + ">; rel=\"next\", <"
                + server.baseUrl()
                + url
                + "?per_page="
                + pageSize
                + "&page="
                + pages
                + ">; rel=\"last\"");
      }
      MappingBuilder request = get(urlPathEqualTo(url));
      request =
          page == 1
              ? request.withQueryParam("page", absent())
              : request.withQueryParam("page", equalTo(Integer.toString(page)));
      stubs.add(stub(request, response));
    }
    return stubs;
  }
}
