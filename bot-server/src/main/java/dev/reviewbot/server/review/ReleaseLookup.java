package dev.reviewbot.server.review;

import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.source.LastRelease;
import dev.reviewbot.source.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.github.GHCompare;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHTag;

/**
 * The newest release the merge base contains, found through the REST API as the CLI finds it in a
 * clone, so the App too tells breaks of released API from changes to API no release has had: the
 * release tags ({@link Versions#isReleaseTag}) by version, highest first, and the first whose
 * commit the merge base contains ({@code GET /compare/TAG...MERGE_BASE} is {@code ahead} or
 * {@code identical}), with the changed Java files read at that tag.
 *
 * <p>It costs a few API calls, so it is bounded: at most {@value #MAX_TAGS} tags read and
 * {@value #MAX_COMPARES} compared, and nothing at all for a change without a modified Java file.
 * Any failure only makes the release unknown; it never fails the review.
 */
final class ReleaseLookup {
  static final int MAX_TAGS = 300;
  static final int MAX_COMPARES = 5;

  private final GHRepository repository;
  private final ContentFetcher contents;

  ReleaseLookup(GHRepository repository, ContentFetcher contents) {
    this.repository = repository;
    this.contents = contents;
  }

  /** {@code change} with its last release, or unchanged when none is found. */
  ChangeSet addTo(ChangeSet change, String mergeBase) {
    List<String> basePaths = change.files().stream()
        .filter(f -> f.isJava() && f.oldPath() != null && f.baseContent() != null).map(ChangedFile::oldPath).toList();
    if (basePaths.isEmpty()) {
      return change;
    }
    try {
      return find(mergeBase, basePaths).map(change::withLastRelease).orElse(change);
    } catch (IOException | RuntimeException e) {
      return change;
    }
  }

  private Optional<LastRelease> find(String mergeBase, List<String> basePaths) throws IOException {
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
    releases.sort((a, b) -> Versions.highestFirst().compare(a.getName(), b.getName()));
    for (GHTag tag : releases.subList(0, Math.min(MAX_COMPARES, releases.size()))) {
      String sha = tag.getCommit().getSHA1();
      GHCompare.Status status = repository.getCompare(sha, mergeBase).getStatus();
      if (status == GHCompare.Status.ahead || status == GHCompare.Status.identical) {
        return Optional.of(new LastRelease(tag.getName(), files(sha, basePaths), nextVersion(mergeBase)));
      }
    }
    return Optional.empty();
  }

  private Map<String, String> files(String sha, List<String> paths) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : paths) {
      try {
        contents.text(path, sha).ifPresent(text -> files.put(path, text));
      } catch (ContentFetcher.FileTooLargeException tooLarge) {
        // left out: the file counts as newer than the release, as in a clone where it is binary
      }
    }
    return files;
  }

  private String nextVersion(String mergeBase) throws IOException {
    Optional<String> pom = contents.text("pom.xml", mergeBase);
    if (pom.isPresent()) {
      return Versions.ofPom(pom.get().getBytes(StandardCharsets.UTF_8)).orElse(null);
    }
    return contents.text("gradle.properties", mergeBase).flatMap(Versions::ofGradleProperties).orElse(null);
  }
}
