package dev.reviewbot.maven;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.maven.internal.RuleSetup;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import dev.reviewbot.source.PathScanSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reviews whole files with no diff, as {@code reviewbot scan} does (a baseline, or a whole-project
 * run), once for the whole reactor. Reports go to {@code target/reviewbot/scan/} unless {@code
 * outputDirectory} is set, so a build may run both goals.
 */
@Mojo(name = "scan", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public final class ScanMojo extends ReviewMojo {
  /**
   * Files or directories to scan (default: the top-level project's directory; target directories
   * are skipped).
   */
  @Parameter(property = "reviewbot.paths")
  List<File> paths = new ArrayList<>();

  @Override
  ReviewResult review(RuleSetup rules) throws ChangeSourceException {
    Path root = rootDirectory();
    ReviewConfig config =
        rules
            .config(this.config == null ? null : this.config.toPath(), repositoryRoot(root))
            .toBuilder()
            .filterMode(FilterMode.NOFILTER)
            .build();
    ChangeSet change = new PathScanSource(root).scan(paths.stream().map(File::toPath).toList());
    return new ReviewPipeline(rules.registry(), config).run(change);
  }

  @Override
  Path defaultReportDirectory() {
    return super.defaultReportDirectory().resolve("scan");
  }

  /**
   * Where .reviewbot.yml is looked for: the git repository's root, else the project's directory.
   */
  private static Path repositoryRoot(Path root) {
    try (GitChangeSource source = GitChangeSource.open(root)) {
      return source.workTree() != null ? source.workTree() : root;
    } catch (ChangeSourceException notInGit) {
      return root;
    }
  }
}
