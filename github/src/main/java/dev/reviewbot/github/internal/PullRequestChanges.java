package dev.reviewbot.github.internal;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.UnifiedDiffParser;
import dev.reviewbot.github.FileTooLargeException;
import dev.reviewbot.github.PullRequestFile;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Turns the pull request's file list into a {@link ChangeSet}: each file's diff from GitHub's
 * {@code patch}, and for the Java files the caller analyzes, the base (at the merge base, which the
 * patch is against) and head contents through the contents API.
 */
public final class PullRequestChanges {
  private static final UnifiedDiffParser PARSER = new UnifiedDiffParser();

  /**
   * @param change what the analyzer gets
   * @param skipped one line per file left out of the analysis, and why
   */
  public record Fetched(ChangeSet change, List<String> skipped) {}

  private final ContentFetcher contents;
  private final int threads;

  public PullRequestChanges(ContentFetcher contents, int threads) {
    this.contents = contents;
    this.threads = threads;
  }

  /**
   * @param analyzed the paths whose contents the analysis needs (Java files only are ever read)
   */
  public Fetched fetch(
      List<PullRequestFile> files, String mergeBase, String head, Predicate<String> analyzed)
      throws IOException {
    List<String> skipped = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, files.size())),
            r -> {
              Thread thread = new Thread(r, "review-fetch");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<FileOutcome>> futures = new ArrayList<>();
      for (PullRequestFile file : files) {
        futures.add(pool.submit(() -> fetchOne(file, mergeBase, head, analyzed)));
      }
      List<ChangedFile> changed = new ArrayList<>();
      for (Future<FileOutcome> future : futures) {
        FileOutcome outcome = future.get();
        changed.add(outcome.file());
        outcome.skipped().ifPresent(skipped::add);
      }
      return new Fetched(
          new ChangeSet(shortSha(mergeBase) + " (merge base)", shortSha(head), head, changed),
          skipped);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while fetching file contents");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(
          "fetching file contents failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private record FileOutcome(ChangedFile file, Optional<String> skipped) {}

  private FileOutcome fetchOne(
      PullRequestFile file, String mergeBase, String head, Predicate<String> analyzed)
      throws IOException {
    ChangeKind kind = kind(file.status());
    String oldPath = kind == ChangeKind.ADDED ? null : file.basePath();
    String newPath = kind == ChangeKind.DELETED ? null : file.path();
    FileDiff diff = null;
    Optional<String> skipped = Optional.empty();
    if (file.patch() != null) {
      try {
        diff = PARSER.parsePatch(oldPath, newPath, kind, file.patch());
      } catch (DiffParseException e) {
        skipped =
            Optional.of(
                file.path() + ": GitHub's patch could not be read (" + e.getMessage() + ")");
      }
    }
    String base = null;
    String headText = null;
    if (file.path().endsWith(".java") && analyzed.test(file.path())) {
      try {
        headText =
            kind == ChangeKind.DELETED ? null : contents.text(file.path(), head).orElse(null);
        base =
            kind == ChangeKind.ADDED
                ? null
                : contents.text(file.basePath(), mergeBase).orElse(null);
      } catch (FileTooLargeException e) {
        skipped = Optional.of(e.getMessage());
        headText = null;
        base = null;
      }
    }
    return new FileOutcome(
        new ChangedFile(file.path(), oldPath, kind, diff, base, headText, false), skipped);
  }

  static ChangeKind kind(String status) {
    return switch (status == null ? "" : status) {
      case "added" -> ChangeKind.ADDED;
      case "removed" -> ChangeKind.DELETED;
      case "renamed" -> ChangeKind.RENAMED;
      case "copied" -> ChangeKind.COPIED;
      case "changed" -> ChangeKind.MODE_CHANGED;
      default -> ChangeKind.MODIFIED;
    };
  }

  private static String shortSha(String sha) {
    return sha.substring(0, Math.min(12, sha.length()));
  }
}
