package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.source.ChangeSourceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Says what to do when a change cannot be read because commits are missing: most often {@code
 * actions/checkout}'s default of one commit ({@code .git/shallow} exists then), sometimes a base or
 * head that was never fetched.
 */
public final class History {
  /**
   * How deep the suggested fetch goes; enough for most pull requests, and the message says to
   * deepen it.
   */
  static final int SUGGESTED_DEPTH = 100;

  /**
   * A commit the review needs and the event field it came from.
   *
   * @param sha a commit id, or a ref such as {@code origin/main}; {@code null} for the default base
   * @param field e.g. {@code pull_request.base.sha}
   */
  public record Endpoint(String sha, String field) {}

  private History() {}

  /**
   * The exception to show for {@code failure}: a precise one when missing history explains it, else
   * its own message.
   */
  public static ActionException explain(
      ChangeSourceException failure, Path workTree, Endpoint base, Endpoint head) {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(workTree.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return new ActionException(
          failure.getMessage() + " (is actions/checkout run before reviewbot?)", failure);
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      Set<ObjectId> cutOff = repo.getObjectDatabase().getShallowCommits();
      List<Endpoint> missing = new ArrayList<>();
      for (Endpoint end : List.of(base, head)) {
        if (ObjectId.isId(end.sha())
            && !repo.getObjectDatabase().has(ObjectId.fromString(end.sha()))) {
          missing.add(end);
        }
      }
      boolean noMergeBase =
          failure.getMessage() != null && failure.getMessage().contains("merge base");
      if (!cutOff.isEmpty() && (!missing.isEmpty() || noMergeBase)) {
        return new ActionException(shallow(workTree, cutOff.size(), base, head, missing), failure);
      }
      if (!missing.isEmpty()) {
        return new ActionException(notFetched(workTree, missing), failure);
      }
      return new ActionException(failure.getMessage(), failure);
    } catch (IOException | IllegalArgumentException e) {
      return new ActionException(failure.getMessage(), failure);
    }
  }

  private static String shallow(
      Path workTree, int cutOff, Endpoint base, Endpoint head, List<Endpoint> missing) {
    String what =
        missing.isEmpty()
            ? "their merge base"
            : missing.size() == 2 ? "neither commit" : "commit " + describe(missing.get(0));
    return "cannot compare "
        + describe(base)
        + " with "
        + describe(head)
        + ": the clone in "
        + workTree
        + " is shallow (.git/shallow lists "
        + cutOff
        + " cut-off commit(s); actions/checkout fetches a single commit unless told otherwise), so "
        + what
        + (missing.size() == 2 ? " is in it" : " is not in it")
        + ". Fetch the history the review needs: set 'fetch-depth: 0' on actions/checkout, or run 'git fetch --no-tags --depth="
        + SUGGESTED_DEPTH
        + " origin"
        + fetchable(base)
        + fetchable(head)
        + "' before reviewbot (deepen it if the branch is more than "
        + SUGGESTED_DEPTH
        + " commits away from its base).";
  }

  private static String notFetched(Path workTree, List<Endpoint> missing) {
    StringBuilder shas = new StringBuilder();
    missing.forEach(end -> shas.append(' ').append(end.sha()));
    String which =
        missing.size() == 1
            ? "commit " + describe(missing.get(0)) + " is"
            : "commits " + describe(missing.get(0)) + " and " + describe(missing.get(1)) + " are";
    return which
        + " not in the repository at "
        + workTree
        + "; fetch before reviewbot runs: 'git fetch --no-tags origin"
        + shas
        + "'. (On pull_request_target, actions/checkout checks out the base branch: the pull request's commits "
        + "must be fetched, never checked out or built.)";
  }

  /**
   * What {@code git fetch origin} takes for it: the id, or the branch name of a remote-tracking
   * ref.
   */
  private static String fetchable(Endpoint end) {
    if (end.sha() == null) {
      return "";
    }
    return " "
        + (end.sha().startsWith("origin/") ? end.sha().substring("origin/".length()) : end.sha());
  }

  private static String describe(Endpoint end) {
    String rev =
        end.sha() == null
            ? "the default base"
            : ObjectId.isId(end.sha()) ? end.sha().substring(0, 12) : end.sha();
    return rev + " (" + end.field() + ")";
  }
}
