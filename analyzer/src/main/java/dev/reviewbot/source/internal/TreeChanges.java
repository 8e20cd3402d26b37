package dev.reviewbot.source.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.IndexDiffFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files that differ between a base tree and a head (a tree, the index or the working tree),
 * with renames detected. Submodule entries are left out: they are not files to review.
 */
public final class TreeChanges {
  private final Repository repo;
  private final ObjectReader reader;

  public TreeChanges(Repository repo, ObjectReader reader) {
    this.repo = repo;
    this.reader = reader;
  }

  /**
   * Where each side's content comes from: the object database, or the working tree for its new
   * side.
   */
  public ContentSource.Pair contents(boolean workingTree) {
    ContentSource objects = ContentSource.create(reader);
    return new ContentSource.Pair(
        objects, workingTree ? ContentSource.create(new FileTreeIterator(repo)) : objects);
  }

  public List<DiffEntry> betweenTrees(RevTree base, RevTree head)
      throws IOException, CanceledException {
    return withRenames(scan(parser(base), parser(head), TreeFilter.ANY_DIFF), contents(false));
  }

  public List<DiffEntry> baseToIndex(RevTree base, DirCache index)
      throws IOException, CanceledException {
    return withRenames(
        scan(parser(base), new DirCacheIterator(index), TreeFilter.ANY_DIFF), contents(false));
  }

  /**
   * Base tree against the files on disk. Untracked files count as added unless git ignores them
   * ({@code .gitignore}, {@code .git/info/exclude}, {@code core.excludesFile}) or they are {@link
   * BuildOutput build output}. Only paths that differ in the index or on disk are hashed, so the
   * cost follows the change, not the size of the working tree (the index's stat data vouches for
   * the rest).
   */
  public List<DiffEntry> baseToWorkingTree(RevTree base, DirCache index)
      throws IOException, CanceledException {
    Set<String> candidates = new TreeSet<>();
    try (TreeWalk staged = walk(parser(base), new DirCacheIterator(index))) {
      staged.setFilter(TreeFilter.ANY_DIFF);
      while (staged.next()) {
        candidates.add(staged.getPathString());
      }
    }
    try (TreeWalk unstaged = new TreeWalk(repo, reader)) {
      int indexTree = unstaged.addTree(new DirCacheIterator(index));
      FileTreeIterator files = new FileTreeIterator(repo);
      int fileTree = unstaged.addTree(files);
      files.setDirCacheIterator(unstaged, indexTree);
      unstaged.setRecursive(true);
      unstaged.setFilter(new IndexDiffFilter(indexTree, fileTree));
      BuildOutput output = new BuildOutput(repo.getWorkTree().toPath());
      while (unstaged.next()) {
        boolean untracked = unstaged.getTree(indexTree, DirCacheIterator.class) == null;
        if (!(untracked && output.contains(unstaged.getPathString()))) {
          candidates.add(unstaged.getPathString());
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    TreeFilter onlyCandidates =
        AndTreeFilter.create(PathFilterGroup.createFromStrings(candidates), TreeFilter.ANY_DIFF);
    return withRenames(
        scan(parser(base), new FileTreeIterator(repo), onlyCandidates), contents(true));
  }

  private List<DiffEntry> scan(
      AbstractTreeIterator base, AbstractTreeIterator head, TreeFilter filter) throws IOException {
    try (TreeWalk walk = walk(base, head)) {
      walk.setFilter(filter);
      List<DiffEntry> entries = new ArrayList<>();
      for (DiffEntry entry : DiffEntry.scan(walk)) {
        if (entry.getOldMode() != FileMode.GITLINK && entry.getNewMode() != FileMode.GITLINK) {
          entries.add(entry);
        }
      }
      return entries;
    }
  }

  private List<DiffEntry> withRenames(List<DiffEntry> entries, ContentSource.Pair contents)
      throws IOException, CanceledException {
    RenameDetector renames = new RenameDetector(repo);
    renames.addAll(entries);
    List<DiffEntry> detected =
        new ArrayList<>(renames.compute(contents, NullProgressMonitor.INSTANCE));
    detected.sort(Comparator.comparing(TreeChanges::path));
    return detected;
  }

  private TreeWalk walk(AbstractTreeIterator base, AbstractTreeIterator head) {
    TreeWalk walk = new TreeWalk(repo, reader);
    walk.addTree(base);
    walk.addTree(head);
    walk.setRecursive(true);
    return walk;
  }

  private CanonicalTreeParser parser(RevTree tree) throws IOException {
    CanonicalTreeParser parser = new CanonicalTreeParser();
    parser.reset(reader, tree);
    return parser;
  }

  static String path(DiffEntry entry) {
    return entry.getChangeType() == DiffEntry.ChangeType.DELETE
        ? entry.getOldPath()
        : entry.getNewPath();
  }
}
