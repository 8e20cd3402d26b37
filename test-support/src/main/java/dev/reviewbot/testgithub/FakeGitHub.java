package dev.reviewbot.testgithub;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.reviewbot.testdata.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitHub faked at the HTTP level: a WireMock server whose one extension answers from an in-memory
 * model, so what one review posts (reviews, review comments, the summary comment, check runs) is
 * what the next run reads back. Object shapes come from the real payloads and recordings in {@code
 * the test data's github folder}; every {@code https://api.github.com} in them points here.
 */
public final class FakeGitHub implements AutoCloseable {
  public static final String PERSONAL_TOKEN = "ghp_test_personal_token";
  public static final String PERSONAL_LOGIN = "octo-reviewer";
  public static final String APP_SLUG = "reviewbot-test";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WireMockServer server;
  private final Map<String, PullRequest> pulls = new ConcurrentHashMap<>();
  private final Map<String, String> contents = new ConcurrentHashMap<>();
  private final Map<String, List<FakeTag>> tags = new ConcurrentHashMap<>();
  private final List<String> contentReads = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Map<String, String> installationTokens = new ConcurrentHashMap<>();
  private final List<Review> reviews = new CopyOnWriteArrayList<>();
  private final List<Comment> reviewComments = new CopyOnWriteArrayList<>();
  private final List<Comment> issueComments = new CopyOnWriteArrayList<>();
  private final List<CheckRun> checkRuns = new CopyOnWriteArrayList<>();
  private final List<String> jwtsSeen = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final List<Hold> holds = new CopyOnWriteArrayList<>();
  private final Map<Long, List<ObjectNode>> reactions = new ConcurrentHashMap<>();
  private final Map<Long, Long> replyTo = new ConcurrentHashMap<>();
  private final ObjectNode reactionTemplate;
  private final ObjectNode repositoryTemplate;
  private final ObjectNode pullTemplate;

  /** A file of a pull request: what the files endpoint says, and the text at base and head. */
  public record FakeFile(
      String path, String status, String patch, String baseText, String headText) {}

  /**
   * A tag; {@code inBase}: its commit is an ancestor of the pull requests' merge bases ({@code
   * compare} says {@code ahead}).
   */
  public record FakeTag(String name, String sha, boolean inBase) {}

  public record Review(
      long id, String repository, int number, String commitId, String event, int comments) {}

  public record Comment(
      long id,
      String repository,
      int number,
      String path,
      Integer line,
      String body,
      String login) {}

  public record CheckRun(
      long id, String repository, String headSha, String name, String conclusion) {}

  private record PullRequest(
      String repository,
      int number,
      String headSha,
      String baseSha,
      List<FakeFile> files,
      int changedFiles) {}

  private record Hold(
      Predicate<Request> matches,
      CountDownLatch release,
      AtomicInteger waiting,
      AtomicInteger remaining) {}

  public FakeGitHub() {
    JsonNode payload =
        JSON.readTree(TestData.bytes("github/webhooks/pull_request/opened.payload.json"));
    repositoryTemplate = (ObjectNode) payload.get("repository");
    pullTemplate = (ObjectNode) payload.get("pull_request");
    reactionTemplate =
        (ObjectNode) resource("/github/feedback/pulls-comments-reactions.json").get(0);
    server =
        new WireMockServer(
            WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(40)
                .disableRequestJournal()
                .gzipDisabled(true)
                .extensions(new Responder()));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /**
   * A commit id made up from {@code label}: 40 hex digits, the same for the same label, so tests
   * and this fake agree on the ids of files and refs without a repository.
   */
  public static String sha(String label) {
    StringBuilder hex = new StringBuilder();
    int seed = label.hashCode();
    while (hex.length() < 40) {
      seed = seed * 1103515245 + 12345;
      hex.append(String.format("%08x", seed));
    }
    return hex.substring(0, 40);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  // ---------------------------------------------------------------- the model

  public void pullRequest(
      String repository, int number, String headSha, String baseSha, List<FakeFile> files) {
    pullRequest(repository, number, headSha, baseSha, files, files.size());
  }

  /**
   * As GitHub shows a pull request larger than its files endpoint lists: {@code changed_files}
   * above the list.
   */
  public void pullRequest(
      String repository,
      int number,
      String headSha,
      String baseSha,
      List<FakeFile> files,
      int changedFiles) {
    pulls.put(
        repository + "#" + number,
        new PullRequest(repository, number, headSha, baseSha, List.copyOf(files), changedFiles));
    for (FakeFile file : files) {
      if (file.headText() != null) {
        contents.put(repository + "@" + headSha + ":" + file.path(), file.headText());
      }
      if (file.baseText() != null) {
        contents.put(repository + "@" + baseSha + ":" + file.path(), file.baseText());
      }
    }
  }

  /** A tag of the repository, listed by {@code GET /repos/{o}/{r}/tags} in the order added. */
  public void tag(String repository, FakeTag tag) {
    tags.computeIfAbsent(repository, r -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(tag);
  }

  /** Every file read through the contents API, as {@code owner/name@ref:path}, in order. */
  public List<String> contentReads() {
    return List.copyOf(contentReads);
  }

  /** A file on the base commit only, e.g. {@code .reviewbot.yml}. */
  public void baseFile(String repository, String sha, String path, String text) {
    contents.put(repository + "@" + sha + ":" + path, text);
  }

  public List<Review> reviews() {
    return List.copyOf(reviews);
  }

  public List<Comment> reviewComments() {
    return List.copyOf(reviewComments);
  }

  /**
   * Review comments of the test rule {@code flagged-method} on one pull request; the built-in
   * catalogue may comment on the same files too, so tests count the findings they planted.
   */
  public List<Comment> flaggedComments(String repository, int number) {
    return reviewComments.stream()
        .filter(c -> c.repository().equals(repository) && c.number() == number)
        .filter(c -> c.body().contains("`flagged-method`"))
        .toList();
  }

  /**
   * A person's reaction ({@code +1}, {@code -1}, ...) to a review comment: counted in the comment's
   * {@code reactions} roll-up and listed by {@code GET .../pulls/comments/{id}/reactions}, shaped
   * like the recorded answer in the test resources.
   */
  public void react(long commentId, String login, String content) {
    ObjectNode reaction = reactionTemplate.deepCopy();
    reaction.put("id", ids.incrementAndGet()).put("content", content);
    ((ObjectNode) reaction.get("user")).put("login", login);
    reactions.computeIfAbsent(commentId, id -> new CopyOnWriteArrayList<>()).add(reaction);
  }

  /** A review comment deleted on GitHub, e.g. by the pull request's author. */
  public void deleteReviewComment(long id) {
    reviewComments.removeIf(c -> c.id() == id);
  }

  /** A person's reply in the thread of review comment {@code parentId}. */
  public Comment reply(long parentId, String login, String body) {
    Comment parent =
        reviewComments.stream().filter(c -> c.id() == parentId).findFirst().orElseThrow();
    Comment reply =
        new Comment(
            ids.incrementAndGet(),
            parent.repository(),
            parent.number(),
            parent.path(),
            parent.line(),
            body,
            login);
    replyTo.put(reply.id(), parentId);
    reviewComments.add(reply);
    return reply;
  }

  /** The review comment as GitHub's API and webhooks show it. */
  public ObjectNode reviewCommentJson(Comment comment) {
    return commentJson(comment, comment.repository(), true);
  }

  public List<Comment> issueComments() {
    return List.copyOf(issueComments);
  }

  public List<CheckRun> checkRuns() {
    return List.copyOf(checkRuns);
  }

  public List<String> jwtsSeen() {
    return List.copyOf(jwtsSeen);
  }

  public int installationTokensIssued() {
    return tokensIssued.get();
  }

  public WireMockServer wireMock() {
    return server;
  }

  /**
   * Makes requests matching {@code method} and {@code pathRegex} wait until {@link #releaseHolds()}
   * (at most two minutes), e.g. to catch a worker in the middle of a review.
   */
  public void hold(String method, String pathRegex) {
    holdFirst(method, pathRegex, Integer.MAX_VALUE);
  }

  /** As {@link #hold}, for the first {@code count} matching requests only; later ones pass. */
  public void holdFirst(String method, String pathRegex, int count) {
    Pattern pattern = Pattern.compile(pathRegex);
    holds.add(
        new Hold(
            r -> r.getMethod().getName().equals(method) && pattern.matcher(path(r)).matches(),
            new CountDownLatch(1),
            new AtomicInteger(),
            new AtomicInteger(count)));
  }

  /** Requests now waiting in a hold. */
  public int held() {
    return holds.stream().mapToInt(h -> h.waiting().get()).sum();
  }

  public void releaseHolds() {
    holds.forEach(h -> h.release().countDown());
    holds.clear();
  }

  @Override
  public void close() {
    releaseHolds();
    server.stop();
  }

  // ---------------------------------------------------------------- HTTP

  private final class Responder implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return "fake-github";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      for (Hold hold : holds) {
        if (hold.matches().test(request) && hold.remaining().getAndDecrement() > 0) {
          hold.waiting().incrementAndGet();
          try {
            hold.release().await(2, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            hold.waiting().decrementAndGet();
          }
        }
      }
      try {
        return answer(request);
      } catch (RuntimeException e) {
        return json(500, error("fake GitHub failed: " + e));
      }
    }
  }

  private static final Pattern REPO = Pattern.compile("/repos/([^/]+/[^/]+)(/.*)?");

  private ResponseDefinition answer(Request request) {
    String method = request.getMethod().getName();
    String path = path(request);
    String auth = request.getHeader("Authorization");
    if (path.startsWith("/app")) {
      return app(method, path, auth);
    }
    String login = loginFor(auth);
    if (login == null) {
      return json(401, error("Bad credentials"));
    }
    if (path.equals("/user")) {
      return login.endsWith("[bot]")
          ? json(403, error("Resource not accessible by integration"))
          : json(200, JSON.createObjectNode().put("login", login).put("id", 1).put("type", "User"));
    }
    if (path.equals("/graphql")) {
      return json(
          200,
          JSON.readTree(
              "{\"data\":{\"repository\":{\"pullRequest\":{\"reviewThreads\":{\"nodes\":[],"
                  + "\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null}}}}}}"));
    }
    Matcher repo = REPO.matcher(path);
    if (!repo.matches()) {
      return json(404, error("Not Found"));
    }
    String repository = repo.group(1);
    String rest = repo.group(2) == null ? "" : repo.group(2);
    return repository(method, repository, rest, request, login);
  }

  private ResponseDefinition app(String method, String path, String auth) {
    if (auth == null || !auth.startsWith("Bearer ")) {
      return json(401, error("A JSON web token could not be decoded"));
    }
    jwtsSeen.add(auth.substring("Bearer ".length()));
    Matcher tokens = Pattern.compile("/app/installations/(\\d+)/access_tokens").matcher(path);
    if (method.equals("POST") && tokens.matches()) {
      String token = "ghs_fake_" + tokens.group(1) + "_" + tokensIssued.incrementAndGet();
      installationTokens.put(token, APP_SLUG + "[bot]");
      ObjectNode answer = (ObjectNode) recording("3-a_i_13064215_access_tokens.json", true);
      answer.put("token", token).put("expires_at", Instant.now().plusSeconds(3600).toString());
      return json(201, answer);
    }
    Matcher installation = Pattern.compile("/app/installations/(\\d+)").matcher(path);
    if (installation.matches()) {
      ObjectNode answer = (ObjectNode) recording("2-app_installations.json", false).get(0);
      long id = Long.parseLong(installation.group(1));
      answer
          .put("id", id)
          .put("access_tokens_url", apiUrl() + "/app/installations/" + id + "/access_tokens");
      return json(200, answer);
    }
    if (path.equals("/app")) {
      ObjectNode answer = (ObjectNode) recording("1-app.json", false);
      answer.put("slug", APP_SLUG);
      return json(200, answer);
    }
    return json(404, error("Not Found"));
  }

  private String loginFor(String auth) {
    if (auth == null || !auth.toLowerCase().startsWith("token ")) {
      return null;
    }
    String token = auth.substring("token ".length()).trim();
    return token.equals(PERSONAL_TOKEN) ? PERSONAL_LOGIN : installationTokens.get(token);
  }

  private ResponseDefinition repository(
      String method, String repository, String rest, Request request, String login) {
    if (rest.isEmpty()) {
      return json(200, repositoryJson(repository));
    }
    if (rest.equals("/installation")) {
      ObjectNode answer = (ObjectNode) recording("2-app_installations.json", false).get(0);
      return json(200, answer);
    }
    Matcher m;
    if ((m = match("/pulls/(\\d+)", rest)) != null && method.equals("GET")) {
      PullRequest pr = pulls.get(repository + "#" + m.group(1));
      return pr == null ? json(404, error("Not Found")) : json(200, pullJson(pr));
    }
    if ((m = match("/pulls/(\\d+)/files", rest)) != null) {
      PullRequest pr = pulls.get(repository + "#" + m.group(1));
      if (pr == null) {
        return json(404, error("Not Found"));
      }
      ArrayNode files = JSON.createArrayNode();
      for (FakeFile file : pr.files()) {
        ObjectNode f =
            files
                .addObject()
                .put("sha", sha(file.path()))
                .put("filename", file.path())
                .put("status", file.status())
                .put("additions", 1)
                .put("deletions", 0)
                .put("changes", 1);
        if (file.patch() != null) {
          f.put("patch", file.patch());
        }
      }
      return page(request, files);
    }
    if (rest.equals("/tags")) {
      ArrayNode list = JSON.createArrayNode();
      for (FakeTag tag : tags.getOrDefault(repository, List.of())) {
        ObjectNode t =
            list.addObject()
                .put("name", tag.name())
                .put(
                    "zipball_url",
                    apiUrl() + "/repos/" + repository + "/zipball/refs/tags/" + tag.name())
                .put(
                    "tarball_url",
                    apiUrl() + "/repos/" + repository + "/tarball/refs/tags/" + tag.name())
                .put("node_id", "REF_" + tag.name());
        t.putObject("commit")
            .put("sha", tag.sha())
            .put("url", apiUrl() + "/repos/" + repository + "/commits/" + tag.sha());
      }
      return page(request, list);
    }
    if ((m = match("/compare/([0-9a-f]+)\\.\\.\\.([0-9a-f]+)", rest)) != null) {
      String from = m.group(1);
      boolean diverged =
          tags.getOrDefault(repository, List.of()).stream()
              .anyMatch(t -> t.sha().equals(from) && !t.inBase());
      ObjectNode compare =
          JSON.createObjectNode()
              .put("status", diverged ? "diverged" : "ahead")
              .put("ahead_by", 1)
              .put("behind_by", 0)
              .put("total_commits", 1);
      compare.putObject("base_commit").put("sha", m.group(1));
      compare.putObject("merge_base_commit").put("sha", m.group(1));
      compare.putArray("commits");
      compare.putArray("files");
      return json(200, compare);
    }
    if ((m = match("/contents/(.+)", rest)) != null) {
      String ref =
          request.queryParameter("ref").isPresent()
              ? request.queryParameter("ref").firstValue()
              : "";
      contentReads.add(repository + "@" + ref + ":" + m.group(1));
      String text = contents.get(repository + "@" + ref + ":" + m.group(1));
      if (text == null) {
        return json(404, error("Not Found"));
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      String name = m.group(1).substring(m.group(1).lastIndexOf('/') + 1);
      return json(
          200,
          JSON.createObjectNode()
              .put("type", "file")
              .put("encoding", "base64")
              .put("size", bytes.length)
              .put("name", name)
              .put("path", m.group(1))
              .put("sha", sha(ref + m.group(1)))
              .put("content", Base64.getMimeEncoder().encodeToString(bytes)));
    }
    if ((m = match("/pulls/(\\d+)/reviews", rest)) != null && method.equals("POST")) {
      JsonNode body = JSON.readTree(request.getBodyAsString());
      int number = Integer.parseInt(m.group(1));
      long id = ids.incrementAndGet();
      for (JsonNode c : body.path("comments")) {
        reviewComments.add(
            new Comment(
                ids.incrementAndGet(),
                repository,
                number,
                c.path("path").asString(),
                c.path("line").isMissingNode() ? null : c.path("line").asInt(),
                c.path("body").asString(),
                login));
      }
      reviews.add(
          new Review(
              id,
              repository,
              number,
              body.path("commit_id").asString(),
              body.path("event").asString(),
              body.path("comments").size()));
      return json(
          200,
          JSON.createObjectNode()
              .put("id", id)
              .put("state", "COMMENTED")
              .put("commit_id", body.path("commit_id").asString()));
    }
    if ((m = match("/pulls/(\\d+)/comments", rest)) != null) {
      int number = Integer.parseInt(m.group(1));
      if (method.equals("POST")) {
        JsonNode body = JSON.readTree(request.getBodyAsString());
        Comment comment =
            new Comment(
                ids.incrementAndGet(),
                repository,
                number,
                body.path("path").asString(),
                body.path("line").asInt(),
                body.path("body").asString(),
                login);
        reviewComments.add(comment);
        return json(201, commentJson(comment, repository, true));
      }
      ArrayNode list = JSON.createArrayNode();
      reviewComments.stream()
          .filter(c -> c.repository().equals(repository) && c.number() == number)
          .forEach(c -> list.add(commentJson(c, repository, true)));
      return page(request, list);
    }
    if ((m = match("/pulls/comments/(\\d+)/reactions", rest)) != null && method.equals("GET")) {
      ArrayNode list = JSON.createArrayNode();
      reactions.getOrDefault(Long.parseLong(m.group(1)), List.of()).forEach(list::add);
      return page(request, list);
    }
    if ((m = match("/pulls/comments/(\\d+)", rest)) != null && method.equals("PATCH")) {
      return replaceBody(reviewComments, Long.parseLong(m.group(1)), request, repository, true);
    }
    if ((m = match("/issues/(\\d+)/comments", rest)) != null) {
      int number = Integer.parseInt(m.group(1));
      if (method.equals("POST")) {
        Comment comment =
            new Comment(
                ids.incrementAndGet(),
                repository,
                number,
                null,
                null,
                JSON.readTree(request.getBodyAsString()).path("body").asString(),
                login);
        issueComments.add(comment);
        return json(201, commentJson(comment, repository, false));
      }
      ArrayNode list = JSON.createArrayNode();
      issueComments.stream()
          .filter(c -> c.repository().equals(repository) && c.number() == number)
          .forEach(c -> list.add(commentJson(c, repository, false)));
      return page(request, list);
    }
    if ((m = match("/issues/comments/(\\d+)", rest)) != null && method.equals("PATCH")) {
      return replaceBody(issueComments, Long.parseLong(m.group(1)), request, repository, false);
    }
    if ((m = match("/commits/([0-9a-f]+)/check-runs", rest)) != null) {
      String sha = m.group(1);
      String name =
          request.queryParameter("check_name").isPresent()
              ? request.queryParameter("check_name").firstValue()
              : null;
      ArrayNode runs = JSON.createArrayNode();
      checkRuns.stream()
          .filter(c -> c.repository().equals(repository) && c.headSha().equals(sha))
          .filter(c -> name == null || c.name().equals(name))
          .forEach(c -> runs.add(checkRunJson(c, repository)));
      ObjectNode answer = JSON.createObjectNode().put("total_count", runs.size());
      answer.set("check_runs", runs);
      return json(200, answer);
    }
    if (rest.equals("/check-runs") && method.equals("POST")) {
      JsonNode body = JSON.readTree(request.getBodyAsString());
      CheckRun run =
          new CheckRun(
              ids.incrementAndGet(),
              repository,
              body.path("head_sha").asString(),
              body.path("name").asString(),
              body.path("conclusion").asString(null));
      checkRuns.add(run);
      return json(201, checkRunJson(run, repository));
    }
    if ((m = match("/check-runs/(\\d+)/annotations", rest)) != null && method.equals("GET")) {
      return page(
          request, JSON.createArrayNode()); // annotations are not kept: a reused run shows none yet
    }
    if ((m = match("/check-runs/(\\d+)", rest)) != null && method.equals("PATCH")) {
      long id = Long.parseLong(m.group(1));
      CheckRun run = checkRuns.stream().filter(c -> c.id() == id).findFirst().orElse(null);
      return run == null ? json(404, error("Not Found")) : json(200, checkRunJson(run, repository));
    }
    return json(404, error("Not Found: " + method + " " + rest));
  }

  private ResponseDefinition replaceBody(
      List<Comment> comments, long id, Request request, String repository, boolean review) {
    String body = JSON.readTree(request.getBodyAsString()).path("body").asString();
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (c.id() == id) {
        Comment updated =
            new Comment(c.id(), c.repository(), c.number(), c.path(), c.line(), body, c.login());
        comments.set(i, updated);
        return json(200, commentJson(updated, repository, review));
      }
    }
    return json(404, error("Not Found"));
  }

  // ---------------------------------------------------------------- JSON

  private ObjectNode repositoryJson(String repository) {
    ObjectNode repo = repositoryTemplate.deepCopy();
    String owner = repository.substring(0, repository.indexOf('/'));
    repo.put("full_name", repository)
        .put("name", repository.substring(repository.indexOf('/') + 1))
        .put("url", apiUrl() + "/repos/" + repository);
    ((ObjectNode) repo.get("owner")).put("login", owner);
    return repo;
  }

  private ObjectNode pullJson(PullRequest pr) {
    ObjectNode json = pullTemplate.deepCopy();
    json.put("number", pr.number())
        .put("state", "open")
        .put("draft", false)
        .put("changed_files", pr.changedFiles())
        .put("url", apiUrl() + "/repos/" + pr.repository() + "/pulls/" + pr.number())
        .put("issue_url", apiUrl() + "/repos/" + pr.repository() + "/issues/" + pr.number());
    ObjectNode head = (ObjectNode) json.get("head");
    head.put("sha", pr.headSha()).set("repo", repositoryJson(pr.repository()));
    ObjectNode base = (ObjectNode) json.get("base");
    base.put("sha", pr.baseSha()).put("ref", "main").set("repo", repositoryJson(pr.repository()));
    return json;
  }

  private ObjectNode commentJson(Comment c, String repository, boolean review) {
    ObjectNode json =
        JSON.createObjectNode()
            .put("id", c.id())
            .put("body", c.body())
            .put("created_at", "2026-01-01T00:00:00Z")
            .put("updated_at", "2026-01-01T00:00:00Z")
            .put(
                "url",
                apiUrl()
                    + "/repos/"
                    + repository
                    + (review ? "/pulls/comments/" : "/issues/comments/")
                    + c.id())
            .put(
                "html_url",
                "https://github.com/" + repository + "/pull/" + c.number() + "#comment-" + c.id());
    json.putObject("user")
        .put("login", c.login())
        .put("id", 2)
        .put("type", c.login().endsWith("[bot]") ? "Bot" : "User");
    if (review) {
      ObjectNode rollup = json.putObject("reactions");
      rollup.put(
          "url", apiUrl() + "/repos/" + repository + "/pulls/comments/" + c.id() + "/reactions");
      List<ObjectNode> given = reactions.getOrDefault(c.id(), List.of());
      rollup.put("total_count", given.size());
      for (String content :
          List.of("+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes")) {
        rollup.put(
            content,
            given.stream().filter(r -> r.path("content").asString().equals(content)).count());
      }
      Long parent = replyTo.get(c.id());
      if (parent != null) {
        json.put("in_reply_to_id", parent);
      }
      json.put("path", c.path()).put("pull_request_review_id", 1);
      if (c.line() != null) {
        json.put("line", c.line()).put("side", "RIGHT");
      }
    }
    return json;
  }

  private ObjectNode checkRunJson(CheckRun run, String repository) {
    ObjectNode json =
        JSON.createObjectNode()
            .put("id", run.id())
            .put("name", run.name())
            .put("head_sha", run.headSha())
            .put("status", "completed")
            .put("url", apiUrl() + "/repos/" + repository + "/check-runs/" + run.id());
    if (run.conclusion() != null) {
      json.put("conclusion", run.conclusion());
    }
    return json;
  }

  /** GitHub-style pages of 100 with a {@code Link: rel="next"} header. */
  private ResponseDefinition page(Request request, ArrayNode all) {
    int perPage =
        request.queryParameter("per_page").isPresent()
            ? Integer.parseInt(request.queryParameter("per_page").firstValue())
            : 30;
    int page =
        request.queryParameter("page").isPresent()
            ? Integer.parseInt(request.queryParameter("page").firstValue())
            : 1;
    ArrayNode slice = JSON.createArrayNode();
    for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
      slice.add(all.get(i));
    }
    ResponseDefinitionBuilder answer =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(200)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody(JSON.writeValueAsString(slice));
    if (page * perPage < all.size()) {
      String url = apiUrl() + path(request) + "?per_page=" + perPage + "&page=" + (page + 1);
      answer = answer.withHeader("Link", "<" + url + ">; rel=\"next\"");
    }
    return answer.build();
  }

  private static JsonNode resource(String name) {
    try (var in = FakeGitHub.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonNode recording(String file, boolean mappingBody) {
    String dir =
        "github/api-recordings/GHCheckRunBuilderTest/wiremock/createCheckRunManyAnnotations/";
    if (mappingBody) {
      return JSON.readTree(
          JSON.readTree(TestData.text(dir + "mappings/" + file))
              .path("response")
              .path("body")
              .asString());
    }
    return JSON.readTree(
        TestData.text(dir + "__files/" + file).replace("https://api.github.com", apiUrl()));
  }

  private ResponseDefinition json(int status, JsonNode body) {
    String text = JSON.writeValueAsString(body).replace("https://api.github.com", apiUrl());
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(text)
        .build();
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("message", message);
  }

  private static Matcher match(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.matches() ? m : null;
  }

  private static String path(Request request) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /**
   * Java source whose listed methods the test rule flags, and the patch GitHub would show for it as
   * a new file.
   */
  public static FakeFile addedJavaFile(String path, String className, List<String> flaggedMethods) {
    List<String> lines = new ArrayList<>();
    String pkg =
        path.contains("/java/")
            ? path.substring(path.indexOf("/java/") + 6, path.lastIndexOf('/')).replace('/', '.')
            : "demo";
    lines.add("package " + pkg + ";");
    lines.add("");
    lines.add("public class " + className + " {");
    for (String method : flaggedMethods) {
      lines.add("  void " + method + "() {");
      lines.add("  }");
    }
    lines.add("}");
    StringBuilder patch = new StringBuilder("@@ -0,0 +1," + lines.size() + " @@");
    for (String line : lines) {
      patch.append("\n+").append(line);
    }
    return new FakeFile(path, "added", patch.toString(), null, String.join("\n", lines) + "\n");
  }
}
