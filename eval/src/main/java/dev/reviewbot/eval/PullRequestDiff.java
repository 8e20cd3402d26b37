package dev.reviewbot.eval;

import dev.reviewbot.github.PullRequestFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files a pull request of one commit would list on GitHub ({@code GET .../pulls/N/files}): the
 * diff from the commit's first parent to the commit, with renames detected (git's default
 * similarity, 50 %) and three lines of context, each file's patch being its hunks only, as GitHub
 * gives it.
 */
final class PullRequestDiff {
  private PullRequestDiff() {}

  static List<PullRequestFile> files(Repository repo, String sha) throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(repo.resolve(sha + "^{commit}"));
      if (commit.getParentCount() == 0) {
        throw new IOException(sha + " has no parent");
      }
      RevCommit parent = walk.parseCommit(commit.getParent(0));
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (ObjectReader reader = repo.newObjectReader(); TreeWalk tree = new TreeWalk(reader);
           DiffFormatter formatter = new DiffFormatter(buffer)) {
        // a tree walk without the repository reads no .gitattributes: JGit's formatter throws on an
        // unset 'diff' attribute ('*.jar binary' in apache/maven); binary files are still found by
        // their content
        tree.setRecursive(true);
        tree.addTree(parent.getTree());
        tree.addTree(commit.getTree());
        tree.setFilter(TreeFilter.ANY_DIFF);
        RenameDetector renames = new RenameDetector(reader, repo.getConfig().get(DiffConfig.KEY));
        renames.setRenameScore(50);
        renames.addAll(DiffEntry.scan(tree));
        formatter.setRepository(repo);
        formatter.setDiffComparator(RawTextComparator.DEFAULT);
        formatter.setContext(3);
        List<PullRequestFile> files = new ArrayList<>();
        for (DiffEntry entry : renames.compute()) {
          buffer.reset();
          formatter.format(entry);
          String text = buffer.toString(StandardCharsets.UTF_8);
          int hunks = text.startsWith("@@") ? 0 : text.indexOf("\n@@");
          String patch = hunks < 0 ? null : text.substring(hunks == 0 ? 0 : hunks + 1);
          if (patch != null && patch.endsWith("\n")) {
            patch = patch.substring(0, patch.length() - 1);
          }
          String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
          String previous = switch (entry.getChangeType()) {
            case RENAME, COPY -> entry.getOldPath();
            default -> null;
          };
          files.add(new PullRequestFile(path, previous, status(entry.getChangeType()), patch));
        }
        return files;
      }
    }
  }

  private static String status(DiffEntry.ChangeType type) {
    return switch (type) {
      case ADD -> "added";
      case DELETE -> "removed";
      case MODIFY -> "modified";
      case RENAME -> "renamed";
      case COPY -> "copied";
    };
  }
}
