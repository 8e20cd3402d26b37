package dev.reviewbot.rules;

import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import dev.reviewbot.testgit.TestGitRepo;
import org.eclipse.jgit.lib.ObjectId;

/** The change between two commits of a test repository, read by the product's own change source. */
public final class Changes {
  private Changes() {}

  public static ChangeSet between(TestGitRepo repo, ObjectId base, ObjectId head) {
    try (GitChangeSource source = GitChangeSource.open(repo.dir())) {
      return source.range(base.name(), head.name());
    } catch (ChangeSourceException e) {
      throw new IllegalStateException(
          "cannot read the change " + base.name() + ".." + head.name(), e);
    }
  }
}
