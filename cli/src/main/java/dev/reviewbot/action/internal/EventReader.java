package dev.reviewbot.action.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.GitHubEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a webhook payload file into a {@link GitHubEvent}, naming the file and field when something
 * is missing.
 */
public final class EventReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  private final Path path;
  private final JsonNode root;

  private EventReader(Path path, JsonNode root) {
    this.path = path;
    this.root = root;
  }

  public static GitHubEvent read(String name, Path path) {
    if (!GitHubEvent.SUPPORTED.contains(name)) {
      throw new ActionException(
          "reviewbot does not run on '"
              + name
              + "' events; it runs on "
              + String.join(", ", GitHubEvent.SUPPORTED)
              + " (see docs/github-action.md)");
    }
    EventReader event = new EventReader(path, parse(path));
    return switch (name) {
      case "pull_request", "pull_request_target" -> event.pullRequest(name);
      case "push" -> event.push(name);
      default -> event.workflowRun(name);
    };
  }

  private GitHubEvent.PullRequest pullRequest(String name) {
    return new GitHubEvent.PullRequest(
        name,
        text("/pull_request/base/repo/full_name"),
        number("/pull_request/number"),
        sha("/pull_request/base/sha"),
        sha("/pull_request/head/sha"),
        optionalText("/pull_request/head/repo/full_name"));
  }

  private GitHubEvent.Push push(String name) {
    return new GitHubEvent.Push(
        name,
        text("/repository/full_name"),
        sha("/before"),
        sha("/after"),
        optionalText("/repository/default_branch"));
  }

  private GitHubEvent.WorkflowRun workflowRun(String name) {
    List<GitHubEvent.LinkedPullRequest> linked = new ArrayList<>();
    JsonNode pulls = root.at("/workflow_run/pull_requests");
    for (int i = 0; i < pulls.size(); i++) {
      String at = "/workflow_run/pull_requests/" + i;
      linked.add(new GitHubEvent.LinkedPullRequest(number(at + "/number"), sha(at + "/head/sha")));
    }
    return new GitHubEvent.WorkflowRun(
        name,
        text("/repository/full_name"),
        longNumber("/workflow_run/id"),
        text("/workflow_run/event"),
        sha("/workflow_run/head_sha"),
        optionalText("/workflow_run/head_repository/full_name"),
        linked);
  }

  private static JsonNode parse(Path path) {
    try {
      JsonNode root = JSON.readTree(Files.readString(path));
      if (root == null || !root.isObject()) {
        throw new ActionException("GITHUB_EVENT_PATH " + path + " does not hold a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ActionException(
          "GITHUB_EVENT_PATH "
              + path
              + " is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ActionException(
          "cannot read the event payload GITHUB_EVENT_PATH " + path + ": " + e.getMessage(), e);
    }
  }

  private String text(String pointer) {
    String value = optionalText(pointer);
    if (value == null) {
      throw missing(pointer, "a string");
    }
    return value;
  }

  private String optionalText(String pointer) {
    JsonNode node = root.at(pointer);
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  private int number(String pointer) {
    long value = longNumber(pointer);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw new ActionException(
          "event payload "
              + path
              + ": "
              + field(pointer)
              + " should be a pull request number but is "
              + value);
    }
    return (int) value;
  }

  private long longNumber(String pointer) {
    JsonNode node = root.at(pointer);
    if (!node.isIntegralNumber()) {
      throw missing(pointer, "a number");
    }
    return node.asLong();
  }

  private String sha(String pointer) {
    String value = text(pointer);
    if (!SHA.matcher(value).matches()) {
      throw new ActionException(
          "event payload "
              + path
              + ": "
              + field(pointer)
              + " should be a 40-digit commit id but is '"
              + value
              + "'");
    }
    return value;
  }

  private ActionException missing(String pointer, String what) {
    return new ActionException(
        "event payload "
            + path
            + " has no "
            + field(pointer)
            + " (expected "
            + what
            + "); is GITHUB_EVENT_NAME right for this payload?");
  }

  private static String field(String pointer) {
    return pointer.substring(1).replace('/', '.');
  }
}
