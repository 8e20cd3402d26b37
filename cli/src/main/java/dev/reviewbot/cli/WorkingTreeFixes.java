package dev.reviewbot.cli;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.fix.FileFixes;
import dev.reviewbot.fix.UnifiedDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Writes fixed files into a working tree, or prints them as a diff, and says what it did. A file is
 * written only if it still holds the version the rules read, and, unless forced, git has no
 * uncommitted change to it: the author's own edits are never mixed with the bot's.
 */
final class WorkingTreeFixes {
  private final Path root;
  private final PrintWriter out;
  private final PrintWriter err;

  WorkingTreeFixes(Path root, PrintWriter out, PrintWriter err) {
    this.root = root;
    this.out = out;
    this.err = err;
  }

  /** Exit code: clean, or {@link ExitCode#FINDINGS} when a file with fixes was left alone. */
  int apply(List<FileFixes> files, boolean dryRun, boolean force) throws IOException {
    Set<String> uncommitted = force ? Set.of() : uncommitted();
    int applied = 0;
    int touched = 0;
    int refused = 0;
    int conflicting = 0;
    for (FileFixes file : files) {
      if (!file.changes()) {
        conflicting += file.result().skipped().size();
        continue;
      }
      Path target = root.resolve(file.path());
      Optional<String> leftAlone = whyLeftAlone(file, target, uncommitted);
      if (leftAlone.isPresent()) {
        err.println("reviewbot: left " + file.path() + " alone: " + leftAlone.get());
        refused++;
        continue;
      }
      if (dryRun) {
        out.print(UnifiedDiff.of(file.path(), file.before(), file.result().content(), 3));
      } else {
        write(file, target);
      }
      applied += file.result().applied().size();
      conflicting += file.result().skipped().size();
      touched++;
    }
    out.println(summary(dryRun, applied, touched, refused, conflicting));
    out.flush();
    err.flush();
    return refused > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /** Why the file must not be written; empty when it may. */
  private static Optional<String> whyLeftAlone(FileFixes file, Path target, Set<String> uncommitted)
      throws IOException {
    String current = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
    if (!file.before().equals(current)) {
      return Optional.of("it is not the version reviewed");
    }
    if (uncommitted.contains(file.path())) {
      return Optional.of("it has uncommitted changes (commit or stash them, or use --force)");
    }
    return Optional.empty();
  }

  /** Writes the fixed file and says which fixes it holds. */
  private void write(FileFixes file, Path target) throws IOException {
    Files.writeString(target, file.result().content(), StandardCharsets.UTF_8);
    for (Finding finding : file.findings()) {
      Fix fix = finding.fixes().get(0);
      if (file.result().applied().contains(fix)) {
        out.println(
            "fixed "
                + file.path()
                + ":"
                + finding.line()
                + " "
                + finding.ruleId()
                + ": "
                + fix.description());
      }
    }
  }

  private static String summary(
      boolean dryRun, int applied, int touched, int refused, int conflicting) {
    String verb = dryRun ? "would apply " : "applied ";
    StringBuilder text =
        new StringBuilder("reviewbot: ")
            .append(verb)
            .append(plural(applied, "fix", "fixes"))
            .append(" to ")
            .append(plural(touched, "file", "files"));
    if (refused > 0) {
      text.append("; ").append(plural(refused, "file", "files")).append(" left alone");
    }
    if (conflicting > 0) {
      text.append("; ")
          .append(plural(conflicting, "fix", "fixes"))
          .append(" not applied (overlapping another, or the result would not parse)");
    }
    return text.toString();
  }

  private static String plural(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** Paths git reports as added, changed, modified, missing, conflicting or untracked. */
  private Set<String> uncommitted() throws IOException {
    try (Git git = Git.open(root.toFile())) {
      Status status = git.status().call();
      Set<String> paths = new HashSet<>(status.getUncommittedChanges());
      paths.addAll(status.getUntracked());
      return paths;
    } catch (GitAPIException e) {
      throw new IOException("cannot read git status: " + e.getMessage(), e);
    }
  }
}
