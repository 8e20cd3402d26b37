package dev.reviewbot.github;

import dev.reviewbot.github.internal.ContentFetcher;
import dev.reviewbot.github.internal.FileList;
import dev.reviewbot.github.internal.PullRequestChanges;
import dev.reviewbot.github.internal.ReleaseLookup;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.source.ChangeSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;

/**
 * Reads a pull request through the REST API into the {@link ChangeSet} that {@link
 * dev.reviewbot.source.GitChangeSource} reads from a clone: each file's diff (GitHub's {@code
 * patch}), the base and head text of the Java files to analyze, and the newest release the merge
 * base contains. Nothing is checked out, built or run, so it is safe for code nobody has vetted.
 *
 * <p>The base is the merge base of the pull request's base and head, which GitHub's patches are
 * against. GitHub lists at most 3000 files of a pull request; the rest are not read, and {@link
 * PullRequestChange#sections()} says so.
 *
 * <p>Failures are GitHub's as {@link IOException}s; {@link GitHubErrors} tells what they mean.
 */
public final class GitHubChangeSource {
  /**
   * @param maxFileBytes larger files are not read; the summary lists them
   * @param fetchThreads concurrent content requests
   */
  public record Limits(long maxFileBytes, int fetchThreads) {}

  private final String owner;
  private final String name;
  private final GHRepository repository;
  private final GHPullRequest pull;
  private final ContentFetcher contents;
  private final int fetchThreads;

  private GitHubChangeSource(
      String owner, String name, GHRepository repository, GHPullRequest pull, Limits limits) {
    this.owner = owner;
    this.name = name;
    this.repository = repository;
    this.pull = pull;
    this.contents = new ContentFetcher(repository, limits.maxFileBytes());
    this.fetchThreads = limits.fetchThreads();
  }

  /** The pull request {@code owner/name#number} as GitHub has it now. */
  public static GitHubChangeSource open(
      GitHubApiClient client, String owner, String name, int number, Limits limits)
      throws IOException {
    GHRepository repository = client.hub4j().getRepository(owner + "/" + name);
    return new GitHubChangeSource(
        owner, name, repository, repository.getPullRequest(number), limits);
  }

  public boolean isClosed() {
    return pull.getState() == GHIssueState.CLOSED;
  }

  /** The current head: the only one GitHub lists files for. */
  public String headSha() {
    return pull.getHead().getSha();
  }

  /** The tip of the base branch. */
  public String baseSha() {
    return pull.getBase().getSha();
  }

  /**
   * A file's text at {@link #baseSha()}, e.g. configuration a pull request must not change for its
   * own review; empty when the file does not exist there.
   *
   * @throws FileTooLargeException when the file is over the size limit
   */
  public Optional<String> baseFile(String path) throws IOException {
    return contents.text(path, baseSha());
  }

  /**
   * The change from the merge base to {@link #headSha()}.
   *
   * @param analyzed whether the analysis needs a Java file's text; other files get their diff only
   */
  public PullRequestChange read(Predicate<String> analyzed) throws IOException {
    String head = headSha();
    List<PullRequestFile> files = FileList.of(pull);
    String mergeBase = repository.getCompare(baseSha(), head).getMergeBaseCommit().getSHA1();
    PullRequestChanges.Fetched fetched =
        new PullRequestChanges(contents, fetchThreads).fetch(files, mergeBase, head, analyzed);
    ChangeSet change = new ReleaseLookup(repository, contents).addTo(fetched.change(), mergeBase);

    List<SummarySection> sections = new ArrayList<>();
    FileList.notReviewed(pull.getChangedFiles(), files.size()).ifPresent(sections::add);
    if (!fetched.skipped().isEmpty()) {
      sections.add(
          new SummarySection("Files not analyzed", "- " + String.join("\n- ", fetched.skipped())));
    }
    return new PullRequestChange(
        new PullRequestRef(owner, name, pull.getNumber(), head), change, files, sections);
  }
}
