package dev.reviewbot.cli;

import dev.reviewbot.api.Severity;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "install-hook", mixinStandardHelpOptions = true,
    description = {"Installs a git pre-push hook that checks the commits being pushed and blocks the push on findings "
        + "at or above the fail level.", "Skip it once with 'git push --no-verify'."})
final class InstallHookCommand implements Callable<Integer> {
  static final String MARKER = "# reviewbot pre-push hook";

  @Spec
  CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "Repository to install into (default: current directory).")
  Path repo = Path.of("");

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Block the push on findings at or above info, warning or error (default: the config's fail-on).")
  String failOn;

  @Option(names = "--force", description = "Replace an existing pre-push hook that reviewbot did not write (it is kept as pre-push.before-reviewbot).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (failOn != null) {
      Severity.parse(failOn);
    }
    Path hooks = hooksDirectory(repo.toAbsolutePath());
    Path hook = hooks.resolve("pre-push");
    if (Files.exists(hook)) {
      String existing = Files.readString(hook, StandardCharsets.UTF_8);
      if (!existing.contains(MARKER)) {
        if (!force) {
          throw new UserError(hook + " exists and was not written by reviewbot; use --force to replace it");
        }
        Files.move(hook, hooks.resolve("pre-push.before-reviewbot"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(hooks);
    Files.writeString(hook, script(), StandardCharsets.UTF_8);
    if (!hook.toFile().setExecutable(true)) {
      throw new UserError("cannot make " + hook + " executable");
    }
    spec.commandLine().getOut().println("installed " + hook);
    spec.commandLine().getOut().flush();
    return ExitCode.CLEAN;
  }

  private static Path hooksDirectory(Path dir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new UserError("not a git repository: " + dir);
    }
    try (Repository repository = builder.build()) {
      String configured = repository.getConfig().getString("core", null, "hooksPath");
      if (configured != null) {
        Path path = Path.of(configured);
        return path.isAbsolute() || repository.isBare() ? path : repository.getWorkTree().toPath().resolve(path);
      }
      return repository.getDirectory().toPath().resolve("hooks");
    }
  }

  private String script() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String args = failOn == null ? "" : " --fail-on " + failOn;
    return "#!/bin/sh\n"
        + MARKER + ": checks the commits being pushed.\n"
        + "# Installed by 'reviewbot install-hook'; delete this file to uninstall; skip once with 'git push --no-verify'.\n"
        + "exec " + quote(java) + " -cp " + quote(classPath()) + " dev.reviewbot.cli.Main hook pre-push" + args + " \"$@\"\n";
  }

  /** The jar (or class directories, when run from a build) this CLI was started from. */
  private static String classPath() {
    try {
      Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? location.toString() : System.getProperty("java.class.path").replace(File.pathSeparator, ":");
    } catch (URISyntaxException e) {
      return System.getProperty("java.class.path");
    }
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
