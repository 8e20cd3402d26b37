package dev.reviewbot.github.internal;

import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.LastRelease;
import dev.reviewbot.source.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kohsuke.github.GHCompare;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHTag;

/**
 * The newest release the merge base contains, found through the REST API as the CLI finds it in a
 * clone, so the App too tells breaks of released API from changes to API no release has had: the
 * release tags ({@link Versions#isReleaseTag}) by version, highest first, and the first whose
 * commit the merge base contains ({@code GET /compare/TAG...MERGE_BASE} is {@code ahead} or {@code
 * identical}), with the changed Java files read at that tag.
 *
 * <p>It costs API calls, so it is bounded: at most {@value #MAX_TAGS} tags read and {@value
 * #MAX_COMPARES} compared, nothing at all for a change without a modified Java file, and a file's
 * released version is fetched only when a rule asks for it (a file that cannot be read counts as
 * newer than the release: its breaks go to the summary). Any failure only makes the release
 * unknown; it never fails the review.
 */
public final class ReleaseLookup {
  static final int MAX_TAGS = 300;
  static final int MAX_COMPARES = 5;

  private final GHRepository repository;
  private final ContentFetcher contents;

  public ReleaseLookup(GHRepository repository, ContentFetcher contents) {
    this.repository = repository;
    this.contents = contents;
  }

  /** {@code change} with its last release, or unchanged when none is found. */
  public ChangeSet addTo(ChangeSet change, String mergeBase) {
    if (change.files().stream()
        .noneMatch(f -> f.isJava() && f.oldPath() != null && f.baseContent() != null)) {
      return change;
    }
    try {
      return find(mergeBase).map(change::withLastRelease).orElse(change);
    } catch (IOException | RuntimeException e) {
      return change;
    }
  }

  private Optional<LastRelease> find(String mergeBase) throws IOException {
    List<GHTag> releases = new ArrayList<>();
    int read = 0;
    for (GHTag tag : repository.listTags().withPageSize(100)) {
      if (++read > MAX_TAGS) {
        break;
      }
      if (Versions.isReleaseTag(tag.getName())) {
        releases.add(tag);
      }
    }
    releases.sort(Comparator.comparing(GHTag::getName, Versions.highestFirst()));
    for (GHTag tag : releases.subList(0, Math.min(MAX_COMPARES, releases.size()))) {
      String sha = tag.getCommit().getSHA1();
      GHCompare.Status status = repository.getCompare(sha, mergeBase).getStatus();
      if (status == GHCompare.Status.ahead || status == GHCompare.Status.identical) {
        return Optional.of(new LastRelease(tag.getName(), filesAt(sha), nextVersion(mergeBase)));
      }
    }
    return Optional.empty();
  }

  /** Reads each file at the release once, when first asked. */
  private Function<String, Optional<String>> filesAt(String sha) {
    Map<String, Optional<String>> read = new ConcurrentHashMap<>();
    return path ->
        read.computeIfAbsent(
            path,
            p -> {
              try {
                return contents.text(p, sha);
              } catch (IOException e) {
                return Optional
                    .empty(); // too large or unreadable: counts as newer than the release
              }
            });
  }

  private String nextVersion(String mergeBase) throws IOException {
    Optional<String> pom = contents.text("pom.xml", mergeBase);
    if (pom.isPresent()) {
      return Versions.ofPom(pom.get().getBytes(StandardCharsets.UTF_8)).orElse(null);
    }
    return contents
        .text("gradle.properties", mergeBase)
        .flatMap(Versions::ofGradleProperties)
        .orElse(null);
  }
}
