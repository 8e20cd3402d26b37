package dev.reviewbot.diff.internal;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the header lines of one file in a {@code git diff} say, collected line by line and turned
 * into a {@link FileDiff} once the file's hunks are read.
 */
public final class FileHeader {
  private static final Pattern MODE = Pattern.compile("[0-7]{6}");
  private static final Pattern INDEX = Pattern.compile("index [0-9a-f]+\\.\\.[0-9a-f]+(?: ([0-7]{6}))?");
  private static final Pattern PERCENT = Pattern.compile("\\d{1,3}%");

  private final int line;
  private final String headerOld;
  private final String headerNew;
  private String oldMode;
  private String newMode;
  private String indexMode;
  private boolean added;
  private boolean deleted;
  private String renameFrom;
  private String renameTo;
  private String copyFrom;
  private String copyTo;
  private String minusPath;
  private String plusPath;
  private boolean binary;

  private FileHeader(int line, String headerOld, String headerNew) {
    this.line = line;
    this.headerOld = headerOld;
    this.headerNew = headerNew;
  }

  /** Reads the {@code diff --git} line the cursor is on. */
  public static FileHeader start(DiffLines in) {
    int line = in.lineNumber();
    String[] paths = GitPaths.splitHeader(in.peek().substring("diff --git ".length()), in);
    in.next();
    return new FileHeader(line, GitPaths.stripPrefix(paths[0], "a/"), GitPaths.stripPrefix(paths[1], "b/"));
  }

  /**
   * Takes the extended header line the cursor is on ({@code old mode}, {@code rename from},
   * {@code index}...), if it is one.
   *
   * @return false if the line is not an extended header line
   */
  public boolean readExtendedLine(DiffLines in) {
    String text = in.peek();
    if (text.startsWith("old mode ")) {
      oldMode = mode(text, "old mode ", in);
    } else if (text.startsWith("new mode ")) {
      newMode = mode(text, "new mode ", in);
    } else if (text.startsWith("new file mode ")) {
      added = true;
      newMode = mode(text, "new file mode ", in);
    } else if (text.startsWith("deleted file mode ")) {
      deleted = true;
      oldMode = mode(text, "deleted file mode ", in);
    } else if (text.startsWith("rename from ")) {
      renameFrom = GitPaths.bareOrQuoted(text.substring("rename from ".length()), in);
    } else if (text.startsWith("rename to ")) {
      renameTo = GitPaths.bareOrQuoted(text.substring("rename to ".length()), in);
    } else if (text.startsWith("copy from ")) {
      copyFrom = GitPaths.bareOrQuoted(text.substring("copy from ".length()), in);
    } else if (text.startsWith("copy to ")) {
      copyTo = GitPaths.bareOrQuoted(text.substring("copy to ".length()), in);
    } else if (text.startsWith("similarity index ") || text.startsWith("dissimilarity index ")) {
      if (!PERCENT.matcher(text.substring(text.indexOf("index ") + "index ".length())).matches()) {
        throw in.expected("a percentage like 'similarity index 90%'");
      }
    } else if (text.startsWith("index ")) {
      Matcher index = INDEX.matcher(text);
      if (!index.matches()) {
        throw in.expected("'index <old-id>..<new-id> [<mode>]'");
      }
      indexMode = index.group(1);
    } else {
      return false;
    }
    in.next();
    return true;
  }

  /** Reads the {@code --- old} / {@code +++ new} pair the cursor is on. */
  public void readMarkers(DiffLines in) {
    minusPath = GitPaths.stripPrefix(GitPaths.markerPath(in.next().substring("--- ".length()), in), "a/");
    if (!in.hasNext() || !in.peek().startsWith("+++ ")) {
      throw in.expected("'+++ <new path>' after '--- '");
    }
    plusPath = GitPaths.stripPrefix(GitPaths.markerPath(in.next().substring("+++ ".length()), in), "b/");
  }

  public void markBinary() {
    binary = true;
  }

  public boolean hasMarkers() {
    return minusPath != null;
  }

  public FileDiff toFileDiff(List<Hunk> hunks) {
    boolean isAdded = added || GitPaths.DEV_NULL.equals(minusPath);
    boolean isDeleted = deleted || GitPaths.DEV_NULL.equals(plusPath);
    String oldPath = isAdded ? null : first(renameFrom, copyFrom, real(minusPath), headerOld);
    String newPath = isDeleted ? null : first(renameTo, copyTo, real(plusPath), headerNew);
    if ((!isAdded && oldPath == null) || (!isDeleted && newPath == null)) {
      throw new DiffParseException(line,
          "cannot tell the old and new path apart in this 'diff --git' header; expected 'rename', 'copy' or '---'/'+++' lines naming them");
    }
    String fromMode = oldMode != null ? oldMode : (isAdded ? null : indexMode);
    String toMode = newMode != null ? newMode : (isDeleted ? null : indexMode);
    return new FileDiff(oldPath, newPath, kind(isAdded, isDeleted, fromMode, toMode, hunks), binary, fromMode, toMode, hunks);
  }

  private ChangeKind kind(boolean isAdded, boolean isDeleted, String fromMode, String toMode, List<Hunk> hunks) {
    if (isAdded) {
      return ChangeKind.ADDED;
    }
    if (isDeleted) {
      return ChangeKind.DELETED;
    }
    if (renameTo != null) {
      return ChangeKind.RENAMED;
    }
    if (copyTo != null) {
      return ChangeKind.COPIED;
    }
    boolean modeChanged = fromMode != null && toMode != null && !fromMode.equals(toMode);
    return modeChanged && hunks.isEmpty() && !binary ? ChangeKind.MODE_CHANGED : ChangeKind.MODIFIED;
  }

  private static String real(String markerPath) {
    return GitPaths.DEV_NULL.equals(markerPath) ? null : markerPath;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  private static String mode(String text, String label, DiffLines in) {
    String mode = text.substring(label.length());
    if (!MODE.matcher(mode).matches()) {
      throw in.expected("a six-digit octal file mode after '" + label.trim() + "'");
    }
    return mode;
  }
}
