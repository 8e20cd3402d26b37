package dev.reviewbot.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/**
 * What {@code mvn verify} with jacoco-maven-plugin does to a test repository, in small: compiles
 * {@code src/main/java} and {@code src/test/java}, runs the test main class in a JVM with the
 * JaCoCo agent ({@code target/jacoco.exec}), and writes the XML report with JaCoCo's own report
 * writer ({@code target/site/jacoco/jacoco.xml}).
 */
final class JacocoBuild {
  static final String REPORT = "target/site/jacoco/jacoco.xml";
  static final String EXEC = "target/jacoco.exec";
  static final String CLASSES = "target/classes";

  private JacocoBuild() {}

  /** Builds {@code repo} and runs {@code testMain}; returns the XML report. */
  static Path run(Path repo, String testMain) throws IOException, InterruptedException {
    Path classes = repo.resolve(CLASSES);
    Path testClasses = repo.resolve("target/test-classes");
    compile(repo.resolve("src/main/java"), classes, List.of());
    compile(repo.resolve("src/test/java"), testClasses, List.of(classes));
    Path exec = repo.resolve(EXEC);
    Files.deleteIfExists(exec);
    Process test =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agentJar() + "=destfile=" + exec,
                "-cp",
                classes + File.pathSeparator + testClasses,
                testMain)
            .redirectErrorStream(true)
            .start();
    String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!test.waitFor(60, TimeUnit.SECONDS) || test.exitValue() != 0) {
      throw new IllegalStateException("tests of " + repo + " failed: " + output);
    }
    return report(repo, exec, classes);
  }

  private static Path report(Path repo, Path exec, Path classes) throws IOException {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(exec.toFile());
    CoverageBuilder builder = new CoverageBuilder();
    new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
    Path report = repo.resolve(REPORT);
    Files.createDirectories(report.getParent());
    try (OutputStream out = Files.newOutputStream(report)) {
      IReportVisitor visitor = new XMLFormatter().createVisitor(out);
      visitor.visitInfo(
          loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
      visitor.visitBundle(
          builder.getBundle(repo.getFileName().toString()),
          new DirectorySourceFileLocator(repo.resolve("src/main/java").toFile(), "UTF-8", 4));
      visitor.visitEnd();
    }
    return report;
  }

  private static void compile(Path sources, Path output, List<Path> classPath) throws IOException {
    List<String> args = new ArrayList<>(List.of("-d", output.toString(), "-g", "--release", "17"));
    if (!classPath.isEmpty()) {
      args.addAll(
          List.of(
              "-cp",
              String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
    }
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int code = javac.run(null, null, null, args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("javac failed on " + sources);
    }
  }

  /** The JaCoCo agent jar (org.jacoco.agent, classifier runtime) on the test class path. */
  private static Path agentJar() {
    try {
      return Path.of(RT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
