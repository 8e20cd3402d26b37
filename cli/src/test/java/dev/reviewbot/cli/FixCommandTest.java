package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reviewbot fix} on a real git change with findings of five rules that have fixes. */
class FixCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @TempDir Path classes;
  TestGitRepo repo;

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    FixableSample.BASE.forEach(repo::write);
    repo.commit("base");
    repo.write(FixableSample.WORKER, FixableSample.HEAD_WORKER).commit("change");
  }

  @Test
  void fixesTheChangeSoCheckFindsNoneOfItsFixableFindingsAndTheCodeStillCompiles()
      throws IOException {
    List<JsonNode> before = findings(check("--head", "HEAD"));
    assertThat(before)
        .filteredOn(f -> !f.get("fixes").isEmpty())
        .extracting(f -> f.get("ruleId").asText())
        .containsExactlyInAnyOrder(
            "shared-mutable-state",
            "interrupt-handling",
            "error-handling",
            "error-handling",
            "locale-case",
            "leftover-code");

    CliRun fix = CliRun.of("fix", "-C", dir.toString(), "--base", "HEAD~1");

    assertThat(fix.exitCode()).as(fix.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(fix.out())
        .contains("fixed src/main/java/com/acme/Worker.java:13 interrupt-handling: ")
        .contains("reviewbot: applied 6 fixes to 1 file");
    assertThat(read(FixableSample.WORKER))
        .as("the fixes and nothing else")
        .isEqualTo(FixableSample.FIXED_WORKER);
    assertThat(read(FixableSample.STORE)).isEqualTo(FixableSample.BASE.get(FixableSample.STORE));
    assertThat(findings(check()))
        .extracting(f -> f.get("ruleId").asText() + " " + f.get("message").asText())
        .noneMatch(f -> FixableSample.FIXED_RULES.contains(f.substring(0, f.indexOf(' '))));
    assertThat(compile(FixableSample.WORKER, FixableSample.STORE)).isEmpty();
  }

  @Test
  void dryRunPrintsTheDiffAndChangesNothing() throws IOException {
    CliRun run = CliRun.of("fix", "-C", dir.toString(), "--base", "HEAD~1", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .startsWith(
            "--- a/src/main/java/com/acme/Worker.java\n+++ b/src/main/java/com/acme/Worker.java\n")
        .contains(
            "     } catch (IOException e) {\n"
                + "-      e.printStackTrace();\n"
                + "+      LOG.log(Level.SEVERE, \"Unexpected exception\", e);\n")
        .contains("-  private static int retries = 3;\n+  private static final int retries = 3;\n")
        .endsWith("reviewbot: would apply 6 fixes to 1 file\n");
    assertThat(read(FixableSample.WORKER)).isEqualTo(FixableSample.HEAD_WORKER);
  }

  @Test
  void leavesAFileWithUncommittedChangesAloneUnlessForced() throws IOException {
    String edited = FixableSample.HEAD_WORKER.replace("cannot save", "could not save");
    repo.write(FixableSample.WORKER, edited);

    CliRun refused = CliRun.of("fix", "-C", dir.toString(), "--base", "HEAD~1");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(refused.err())
        .contains(
            "reviewbot: left src/main/java/com/acme/Worker.java alone: it has uncommitted changes");
    assertThat(refused.out()).contains("applied 0 fixes to 0 files; 1 file left alone");
    assertThat(read(FixableSample.WORKER)).isEqualTo(edited);

    CliRun forced = CliRun.of("fix", "-C", dir.toString(), "--base", "HEAD~1", "--force");

    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(read(FixableSample.WORKER))
        .isEqualTo(FixableSample.FIXED_WORKER.replace("cannot save", "could not save"));
  }

  @Test
  void leavesTheWorkingTreeAloneWhenItIsNotTheReviewedHead() throws IOException {
    repo.write(FixableSample.WORKER, FixableSample.HEAD_WORKER + "// more\n").commit("later");

    CliRun run =
        CliRun.of("fix", "-C", dir.toString(), "--base", "HEAD~2", "--head", "HEAD~1", "--force");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).contains("it is not the version reviewed");
    assertThat(read(FixableSample.WORKER)).isEqualTo(FixableSample.HEAD_WORKER + "// more\n");
  }

  private String check(String... head) {
    List<String> args =
        new ArrayList<>(
            List.of("check", "-C", dir.toString(), "--base", "HEAD~1", "--format", "json"));
    args.addAll(List.of(head));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  private static List<JsonNode> findings(String json) throws IOException {
    List<JsonNode> findings = new ArrayList<>();
    JSON.readTree(json).get("findings").forEach(findings::add);
    return findings;
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
  }

  /** javac's errors for the files, as text; empty when they compile. */
  private List<String> compile(String... paths) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<Path> sources = List.of(paths).stream().map(dir::resolve).toList();
      boolean ok =
          javac
              .getTask(
                  new StringWriter(),
                  files,
                  diagnostics,
                  List.of("-d", classes.toString(), "--release", "17"),
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(
                  d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
              .toList();
      return ok ? errors : errors.isEmpty() ? List.of("javac failed") : errors;
    }
  }
}
