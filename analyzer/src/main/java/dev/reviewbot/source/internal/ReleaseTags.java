package dev.reviewbot.source.internal;

import dev.reviewbot.source.LastRelease;
import dev.reviewbot.source.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Finds the newest release a commit contains: the {@link Versions#isReleaseTag release tag} on the
 * newest commit among the commit's ancestors. Pre-releases promise no stable API, so API that only
 * they had is not yet anyone's to depend on. With it comes the version the commit builds (see
 * {@link Versions#ofPom}), which says whether a new major version is under way.
 */
public final class ReleaseTags {
  private ReleaseTags() {}

  /**
   * The newest release {@code base} contains (by commit time, walking back from it), with the text
   * of {@code paths} as it had them. Empty when there is none or the tags cannot be read: an
   * unknown release only means the rules cannot tell released API from new, never a failed run.
   */
  public static Optional<LastRelease> newest(
      Repository repo, ObjectReader reader, RevCommit base, Collection<String> paths) {
    try (RevWalk walk = new RevWalk(reader)) {
      Map<ObjectId, String> releases = releaseCommits(repo, walk);
      if (releases.isEmpty()) {
        return Optional.empty();
      }
      walk.reset();
      walk.markStart(walk.parseCommit(base));
      for (RevCommit commit : walk) { // newest first: JGit walks by commit time
        String tag = releases.get(commit);
        if (tag != null) {
          return Optional.of(
              LastRelease.of(
                  Repository.shortenRefName(tag),
                  files(reader, commit, paths),
                  nextVersion(reader, base)));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Map<ObjectId, String> releaseCommits(Repository repo, RevWalk walk)
      throws IOException {
    Map<ObjectId, String> releases = new HashMap<>();
    for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      if (!Versions.isReleaseTag(ref.getName().substring(Constants.R_TAGS.length()))) {
        continue;
      }
      try {
        RevCommit commit = walk.parseCommit(ref.getObjectId());
        releases.merge(commit.copy(), ref.getName(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      } catch (IncorrectObjectTypeException | MissingObjectException e) {
        // a tag of a tree or blob, or of a commit this clone lacks: not a release of this history
      }
    }
    return releases;
  }

  private static Map<String, String> files(
      ObjectReader reader, RevCommit release, Collection<String> paths) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : paths) {
      read(reader, release, path)
          .filter(bytes -> !RawText.isBinary(bytes))
          .ifPresent(bytes -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
    }
    return files;
  }

  /**
   * The version {@code base} builds, from its root build file (a pom that does not say is the
   * answer); {@code null} when unknown.
   */
  private static String nextVersion(ObjectReader reader, RevCommit base) throws IOException {
    Optional<byte[]> pom = read(reader, base, "pom.xml");
    if (pom.isPresent()) {
      return Versions.ofPom(pom.get()).orElse(null);
    }
    return read(reader, base, "gradle.properties")
        .flatMap(bytes -> Versions.ofGradleProperties(new String(bytes, StandardCharsets.UTF_8)))
        .orElse(null);
  }

  private static Optional<byte[]> read(ObjectReader reader, RevCommit commit, String path)
      throws IOException {
    try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
      if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
        return Optional.empty();
      }
      return Optional.of(
          reader
              .open(tree.getObjectId(0), Constants.OBJ_BLOB)
              .getCachedBytes(FileContents.BIG_FILE_THRESHOLD));
    }
  }
}
