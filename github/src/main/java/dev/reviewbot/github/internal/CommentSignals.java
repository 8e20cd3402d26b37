package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.github.CommentFeedback;
import dev.reviewbot.github.PullRequestRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What people did to the bot's earlier inline comments: 👍 / 👎 and replies. The comment listing
 * the publisher reads anyway carries a reactions roll-up; only comments somebody reacted to are
 * asked about one by one (the reactions API says who reacted, so the bot's own reactions and a
 * forged roll-up do not count). A failing call keeps the roll-up's counts and adds a warning.
 */
public final class CommentSignals {
  private final RestCalls rest;
  private final PullRequestRef pr;
  private final Predicate<String> isBot;

  public CommentSignals(RestCalls rest, PullRequestRef pr, Predicate<String> isBot) {
    this.rest = rest;
    this.pr = pr;
    this.isBot = isBot;
  }

  /** The comments with their signals; {@code fixedIn} is what their markers say so far. */
  public List<CommentFeedback.Earlier> read(List<PostedComment> comments, List<String> warnings) {
    List<CommentFeedback.Earlier> read = new ArrayList<>(comments.size());
    for (PostedComment comment : comments) {
      PostedComment.Reactions reactions = comment.reactions();
      if (reactions.worthReading()) {
        try {
          reactions = byPeople(comment.id());
        } catch (IOException e) {
          warnings.add(
              "could not read the reactions to comment "
                  + comment.id()
                  + ": "
                  + Failures.describe(e));
        }
      }
      read.add(
          new CommentFeedback.Earlier(
              comment.id(),
              comment.fingerprints(),
              reactions.thumbsUp(),
              reactions.thumbsDown(),
              comment.replies(),
              comment.resolvedIn()));
    }
    return read;
  }

  private PostedComment.Reactions byPeople(long commentId) throws IOException {
    int up = 0;
    int down = 0;
    for (JsonNode reaction :
        rest.getAll("/repos/" + pr.fullName() + "/pulls/comments/" + commentId + "/reactions")) {
      if (isBot.test(reaction.path("user").path("login").asText(""))) {
        continue;
      }
      switch (reaction.path("content").asText("")) {
        case "+1" -> up++;
        case "-1" -> down++;
        default -> {}
      }
    }
    return new PostedComment.Reactions(up, down, true);
  }
}
