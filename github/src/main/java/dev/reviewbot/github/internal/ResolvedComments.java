package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.CommentRenderer;
import dev.reviewbot.plan.ReviewPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the bot's earlier comments whose findings are gone at the new head: edits each to say in
 * which commit, and resolves its thread through GraphQL when the token may. Files that could not be
 * analyzed this time are left alone: their findings are unknown, not gone. Failures here are
 * reported as warnings and never stop the review.
 */
public final class ResolvedComments {
  private static final Logger LOG = LoggerFactory.getLogger(ResolvedComments.class);
  private static final String THREADS =
      """
      query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
        repository(owner: $owner, name: $repo) {
          pullRequest(number: $number) {
            reviewThreads(first: 100, after: $cursor) {
              nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
      }""";
  private static final String RESOLVE =
      """
      mutation($thread: ID!) {
        resolveReviewThread(input: {threadId: $thread}) { thread { id isResolved } }
      }""";

  private final RestCalls rest;
  private final PullRequestRef pr;
  private final CommentRenderer renderer;

  public ResolvedComments(RestCalls rest, PullRequestRef pr, CommentRenderer renderer) {
    this.rest = rest;
    this.pr = pr;
    this.renderer = renderer;
  }

  /**
   * @return the ids of the comments marked resolved now
   */
  public List<Long> markGone(
      List<PostedComment> open, ReviewPlan plan, boolean resolveThreads, List<String> warnings) {
    Set<String> current = plan.fingerprints();
    Set<String> unknown = new HashSet<>();
    // files the run could not analyze; an advisory notice's file was analyzed, so its comments may
    // go
    plan.notices().stream()
        .filter(n -> !n.advisoryNotice())
        .map(Notice::path)
        .forEach(unknown::add);
    plan.crashes().stream().map(RuleCrash::path).forEach(unknown::add);

    List<PostedComment> gone =
        open.stream()
            .filter(c -> !unknown.contains(c.path()))
            .filter(c -> c.fingerprints().stream().noneMatch(current::contains))
            .toList();
    List<Long> edited = new ArrayList<>();
    for (PostedComment comment : gone) {
      ObjectNode body = rest.object();
      body.put("body", renderer.renderResolved(comment.body(), pr.headSha()));
      try {
        rest.patch("/repos/" + pr.fullName() + "/pulls/comments/" + comment.id(), body);
        edited.add(comment.id());
      } catch (IOException e) {
        warnings.add(
            "could not mark comment " + comment.id() + " resolved: " + Failures.describe(e));
      }
    }
    if (resolveThreads && !edited.isEmpty()) {
      resolveThreads(edited, warnings);
    }
    return List.copyOf(edited);
  }

  private void resolveThreads(List<Long> commentIds, List<String> warnings) {
    try {
      Map<Long, String> threadByFirstComment = openThreads();
      for (Long id : commentIds) {
        String thread = threadByFirstComment.get(id);
        if (thread != null) {
          rest.graphql(RESOLVE, Map.of("thread", thread));
        }
      }
    } catch (IOException e) {
      // e.g. a GITHUB_TOKEN without the permission: the edited comment already says it is resolved
      LOG.info("could not resolve review threads on {}: {}", pr, Failures.describe(e));
      warnings.add("could not resolve review threads: " + Failures.describe(e));
    }
  }

  private Map<Long, String> openThreads() throws IOException {
    Map<Long, String> threads = new HashMap<>();
    String cursor = null;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("owner", pr.owner());
      variables.put("repo", pr.repo());
      variables.put("number", pr.number());
      variables.put("cursor", cursor);
      JsonNode page =
          rest.graphql(THREADS, variables)
              .path("repository")
              .path("pullRequest")
              .path("reviewThreads");
      for (JsonNode thread : page.path("nodes")) {
        JsonNode first = thread.path("comments").path("nodes").path(0);
        if (!thread.path("isResolved").asBoolean() && first.has("databaseId")) {
          threads.put(first.path("databaseId").asLong(), thread.path("id").asText());
        }
      }
      cursor =
          page.path("pageInfo").path("hasNextPage").asBoolean()
              ? page.path("pageInfo").path("endCursor").asText()
              : null;
    } while (cursor != null);
    return threads;
  }
}
