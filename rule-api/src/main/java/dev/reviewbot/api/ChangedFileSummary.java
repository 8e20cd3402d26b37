package dev.reviewbot.api;

/**
 * One file of a change as a {@link ChangeRule} sees it.
 *
 * @param path head path (base path for a deleted file)
 * @param oldPath base path, differs from {@code path} for a rename
 * @param kind how it changed
 * @param addedLines number of added lines
 * @param removedLines number of removed lines
 * @param binary true if git considers it binary
 * @param testCode true if it matches the test-code globs
 */
@Experimental
public record ChangedFileSummary(
    String path,
    String oldPath,
    ChangeKind kind,
    int addedLines,
    int removedLines,
    boolean binary,
    boolean testCode) {

  public boolean isJava() {
    return path.endsWith(".java");
  }
}
