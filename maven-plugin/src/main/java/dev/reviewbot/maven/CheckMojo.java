package dev.reviewbot.maven;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.maven.internal.CoverageRequest;
import dev.reviewbot.maven.internal.ReactorCoverage;
import dev.reviewbot.maven.internal.RuleSetup;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.source.ChangeSourceException;
import dev.reviewbot.source.GitChangeSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reviews the change between a base and a head of the project's git repository, as {@code reviewbot
 * check} does, once for the whole reactor. The head is the working tree unless {@code head} or
 * {@code staged} is set; the base is the merge-base of {@code base} (default: the upstream branch,
 * else origin/HEAD, else main or master) and the head. The modules' JaCoCo XML reports, when
 * present, give the change's patch coverage.
 */
@Mojo(name = "check", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public final class CheckMojo extends ReviewMojo {
  /** Base revision; the change starts at its merge-base with the head. */
  @Parameter(property = "reviewbot.base")
  String base;

  /** Review up to this commit instead of the working tree. */
  @Parameter(property = "reviewbot.head")
  String head;

  /** Review the index (what git commit would commit) instead of the working tree. */
  @Parameter(property = "reviewbot.staged", defaultValue = "false")
  boolean staged;

  /**
   * Which findings to show: added, diff_context, file, nofilter (default: the configuration's, else
   * added).
   */
  @Parameter(property = "reviewbot.filterMode")
  String filterMode;

  /**
   * JaCoCo XML reports of the head (default: the configuration's, else the reactor's
   * target/site/jacoco*&#47;jacoco.xml).
   */
  @Parameter(property = "reviewbot.coverage")
  List<File> coverage = new ArrayList<>();

  /** JaCoCo XML reports of the base, for the project coverage delta and maxCoverageDrop. */
  @Parameter(property = "reviewbot.baseCoverage")
  List<File> baseCoverage = new ArrayList<>();

  /** jacoco.exec files of the head, read against classes instead of or besides XML reports. */
  @Parameter(property = "reviewbot.exec")
  List<File> exec = new ArrayList<>();

  /** Class directories (one per module) the exec files were recorded against. */
  @Parameter(property = "reviewbot.classes")
  List<File> classes = new ArrayList<>();

  /** Lowest acceptable patch coverage in percent (default: the configuration's, else 80). */
  @Parameter(property = "reviewbot.minPatchCoverage")
  Double minPatchCoverage;

  /**
   * Most the project line coverage may drop from baseCoverage, in percentage points (default: the
   * configuration's, else no limit).
   */
  @Parameter(property = "reviewbot.maxCoverageDrop")
  Double maxCoverageDrop;

  /** Use the reactor's own JaCoCo reports when nothing else names the head's coverage. */
  @Parameter(property = "reviewbot.reactorCoverage", defaultValue = "true")
  boolean reactorCoverage;

  @Override
  ReviewResult review(RuleSetup rules) throws ChangeSourceException {
    try (GitChangeSource source = GitChangeSource.open(rootDirectory())) {
      Path workTree = source.workTree();
      ReviewConfig config =
          rules.config(this.config == null ? null : this.config.toPath(), workTree);
      if (filterMode != null) {
        config = config.toBuilder().filterMode(FilterMode.parse(filterMode)).build();
      }
      Optional<CoverageOptions> options =
          coverageRequest().options(config.section(CoverageOptions.SECTION), reactorReports());
      return new ReviewPipeline(rules.registry(), config)
          .withCoverage(options, workTree)
          .run(source.read(base, headMode()));
    }
  }

  private CoverageRequest coverageRequest() {
    return new CoverageRequest(
        paths(coverage),
        paths(baseCoverage),
        paths(exec),
        paths(classes),
        minPatchCoverage,
        maxCoverageDrop);
  }

  private List<Path> reactorReports() {
    if (!reactorCoverage) {
      return List.of();
    }
    List<Path> found =
        ReactorCoverage.find(
            session.getProjects().stream().map(p -> Path.of(p.getBuild().getDirectory())).toList());
    if (!found.isEmpty()) {
      getLog()
          .info(
              "reviewbot: patch coverage from "
                  + found.size()
                  + " JaCoCo report(s) of the reactor");
      found.forEach(report -> getLog().debug("  " + report));
    }
    return found;
  }

  private GitChangeSource.Head headMode() {
    if (head != null && staged) {
      throw new IllegalArgumentException(
          "head and staged exclude each other: review a commit or the index, not both");
    }
    if (head != null) {
      return GitChangeSource.Head.commit(head);
    }
    return staged ? GitChangeSource.Head.index() : GitChangeSource.Head.workingTree();
  }

  private static List<Path> paths(List<File> files) {
    return files.stream().map(f -> f.toPath().toAbsolutePath()).toList();
  }
}
