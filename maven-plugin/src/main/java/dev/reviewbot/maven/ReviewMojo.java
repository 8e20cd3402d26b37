package dev.reviewbot.maven;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.maven.internal.FailLevel;
import dev.reviewbot.maven.internal.FailureMessage;
import dev.reviewbot.maven.internal.LogReport;
import dev.reviewbot.maven.internal.ReactorTurn;
import dev.reviewbot.maven.internal.ReportFiles;
import dev.reviewbot.maven.internal.RuleSetup;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.plugin.PluginException;
import dev.reviewbot.report.ReportFormat;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.source.ChangeSourceException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code scan} share: the configuration, the reports written to {@code
 * target/reviewbot/} and printed to the log, the fail level, and running once per reactor.
 */
abstract class ReviewMojo extends AbstractMojo {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /**
   * Fail the build on a shown finding at or above info, warning or error; none never fails
   * (default: the configuration's fail-on, else warning).
   */
  @Parameter(property = "reviewbot.failOn")
  String failOn;

  /** Report formats written to outputDirectory: text, json, sarif, checkstyle, markdown, github. */
  @Parameter(property = "reviewbot.formats", defaultValue = "text,json,sarif")
  List<String> formats = new ArrayList<>();

  /** Configuration file (default: .reviewbot.yml at the repository root, if present). */
  @Parameter(property = "reviewbot.config")
  File config;

  /** Where the reports go (default: target/reviewbot of the top-level project). */
  @Parameter(property = "reviewbot.outputDirectory")
  File outputDirectory;

  /** Plugin jars whose rules also run; adds to the configuration's plugins:. */
  @Parameter(property = "reviewbot.plugins")
  List<File> plugins = new ArrayList<>();

  /** Skip the review. */
  @Parameter(property = "reviewbot.skip", defaultValue = "false")
  boolean skip;

  /** Reviews with the rules and configuration {@code rules} loads. */
  abstract ReviewResult review(RuleSetup rules) throws ChangeSourceException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("reviewbot: skipped");
      return;
    }
    if (!isThisProjectsTurn()) {
      getLog().info("reviewbot: runs once, in the reactor's last project that binds it");
      return;
    }
    try (RuleSetup rules = new RuleSetup(plugins.stream().map(File::toPath).toList())) {
      reviewAndReport(rules);
    } catch (ChangeSourceException
        | ConfigException
        | PluginException
        | DiffParseException
        | IllegalArgumentException
        | UncheckedIOException
        | IOException e) {
      // the user's input (a ref, the configuration, a jar, a file): the message names it
      throw new MojoExecutionException("reviewbot: " + e.getMessage(), e);
    }
  }

  private boolean isThisProjectsTurn() {
    String pluginKey = plugin.getGroupId() + ":" + plugin.getArtifactId();
    return ReactorTurn.runsHere(
        mojoExecution.getSource() == MojoExecution.Source.CLI,
        session.getProjects(),
        p -> p.getBuildPlugins().stream().anyMatch(b -> b.getKey().equals(pluginKey)),
        project);
  }

  private void reviewAndReport(RuleSetup rules)
      throws ChangeSourceException, IOException, MojoFailureException {
    List<ReportFormat> reportFormats = ReportFiles.formats(formats);
    ReviewResult reviewed = review(rules);
    FailLevel level = FailLevel.parse(failOn, reviewed.config().failOn());
    ReportInput input = reviewed.report(plugin.getVersion());
    Path reports = reportDirectory();
    log(input, reviewed, level);
    ReportFiles.write(input, reviewed.coverage(), reportFormats, reports);
    if (level.fails(reviewed.outcome())) {
      throw new MojoFailureException(
          FailureMessage.of(input, level.severity().orElseThrow(), reports));
    }
  }

  /**
   * The top-level project's directory: where Maven was started, and where the git repository is
   * looked for.
   */
  Path rootDirectory() {
    return session.getTopLevelProject().getBasedir().toPath().toAbsolutePath();
  }

  private Path reportDirectory() {
    return outputDirectory != null ? outputDirectory.toPath() : defaultReportDirectory();
  }

  /** {@code target/reviewbot} of the top-level project: one place for a whole reactor's report. */
  Path defaultReportDirectory() {
    return Path.of(session.getTopLevelProject().getBuild().getDirectory(), "reviewbot");
  }

  /** Findings as warnings, so a build's log shows them apart from its progress lines. */
  private void log(ReportInput input, ReviewResult reviewed, FailLevel level) {
    boolean findings = !input.findings().isEmpty();
    for (String line : LogReport.lines(input, reviewed.coverage())) {
      if (findings) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
    getLog().info("reviewbot: fail-on " + level.id() + "; reports in " + reportDirectory());
  }
}
