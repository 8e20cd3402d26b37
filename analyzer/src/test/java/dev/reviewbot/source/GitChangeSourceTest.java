package dev.reviewbot.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.diff.Hunk;
import dev.reviewbot.diff.UnifiedDiffParser;
import dev.reviewbot.source.GitChangeSource.Head;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GitChangeSourceTest {
  private static final String GREETER =
      """
      package demo;

      public class Greeter {
        public String hello(String name) {
          return "Hello, " + name;
        }
      }
      """;

  @TempDir Path dir;

  private ChangeSet read(String base, Head head) throws ChangeSourceException {
    try (GitChangeSource source = GitChangeSource.open(dir)) {
      return source.read(base, head);
    }
  }

  private static ChangedFile file(ChangeSet change, String path) {
    return change.files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + change.files()));
  }

  /** Every diff line must be the line of the content it claims to be. */
  private static void assertLinesMatchContents(ChangedFile file) {
    FileDiff diff = file.diff();
    List<String> base =
        file.baseContent() == null ? List.of() : file.baseContent().lines().toList();
    List<String> head =
        file.headContent() == null ? List.of() : file.headContent().lines().toList();
    diff.hunks().stream()
        .flatMap(h -> h.lines().stream())
        .forEach(
            line -> {
              if (line.oldLine() > 0) {
                assertThat(base.get(line.oldLine() - 1))
                    .as(file.path() + " old line " + line.oldLine())
                    .isEqualTo(line.text());
              }
              if (line.newLine() > 0) {
                assertThat(head.get(line.newLine() - 1))
                    .as(file.path() + " new line " + line.newLine())
                    .isEqualTo(line.text());
              }
            });
  }

  @Test
  void readsAddedModifiedAndDeletedFilesBetweenTwoCommits() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("src/Greeter.java", GREETER)
          .write("notes.txt", "one\ntwo\n")
          .write("old/Gone.java", "class Gone {}\n");
      RevCommit base = repo.commit("base");
      repo.write(
              "src/Greeter.java",
              GREETER
                  .replace("Hello, ", "Hi, ")
                  .replace("  }\n}", "  }\n\n  public void bye() {}\n}"))
          .delete("old/Gone.java")
          .write("src/Added.java", "class Added {\n}\n");
      RevCommit head = repo.commit("head");

      ChangeSet change = read("HEAD~1", Head.commit("HEAD"));

      assertThat(change.base()).isEqualTo("HEAD~1 (merge-base " + base.abbreviate(7).name() + ")");
      assertThat(change.head()).isEqualTo("HEAD " + head.abbreviate(7).name());
      assertThat(change.headCommit()).isEqualTo(head.name());
      assertThat(change.isScan()).isFalse();
      assertThat(change.files())
          .extracting(ChangedFile::path, ChangedFile::oldPath, ChangedFile::kind)
          .containsExactly(
              tuple("old/Gone.java", "old/Gone.java", ChangeKind.DELETED),
              tuple("src/Added.java", null, ChangeKind.ADDED),
              tuple("src/Greeter.java", "src/Greeter.java", ChangeKind.MODIFIED));

      ChangedFile greeter = file(change, "src/Greeter.java");
      assertThat(greeter.baseContent()).isEqualTo(GREETER);
      assertThat(greeter.headContent()).contains("Hi, ").contains("bye()");
      assertThat(greeter.changedLines().added()).containsExactly(5, 7, 8);
      assertThat(greeter.diff().oldMode()).isEqualTo("100644");
      ChangedFile gone = file(change, "old/Gone.java");
      assertThat(gone.headContent()).isNull();
      assertThat(gone.baseContent()).isEqualTo("class Gone {}\n");
      assertThat(gone.diff().newPath()).isNull();
      ChangedFile added = file(change, "src/Added.java");
      assertThat(added.baseContent()).isNull();
      assertThat(added.changedLines().added()).containsExactly(1, 2);
      change.files().forEach(GitChangeSourceTest::assertLinesMatchContents);
    }
  }

  /** The same change read through JGit and through the git command line gives the same hunks. */
  @Test
  void agreesWithTheGitCommandLineOnEveryHunk() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      StringBuilder longFile = new StringBuilder();
      for (int i = 1; i <= 60; i++) {
        longFile.append("line ").append(i).append('\n');
      }
      repo.write("Long.txt", longFile.toString())
          .write("src/Greeter.java", GREETER)
          .write("dos.txt", "a\r\nb\r\nc\r\n")
          .write("tail.txt", "x\ny")
          .write("Gone.java", "class Gone {}\n");
      RevCommit base = repo.commit("base");
      repo.write(
              "Long.txt",
              longFile
                  .toString()
                  .replace("line 3\n", "line three\n")
                  .replace("line 30\n", "")
                  .replace("line 58\n", "line 58\nnew\n"))
          .delete("src/Greeter.java")
          .write("src/Welcomer.java", GREETER.replace("Greeter", "Welcomer"))
          .write("dos.txt", "a\r\nB\r\nc\r\n")
          .write("tail.txt", "x\nz")
          .delete("Gone.java")
          .write("Added.java", "class Added {}\n");
      RevCommit head = repo.commit("head");

      ChangeSet change = read(base.name(), Head.commit(head.name()));

      assertThat(change.files())
          .extracting(ChangedFile::kind, ChangedFile::oldPath, ChangedFile::path)
          .containsExactlyInAnyOrderElementsOf(cliNameStatus(base, head));
      for (ChangedFile file : change.files()) {
        assertThat(withoutSections(file.diff()))
            .as(file.path())
            .isEqualTo(withoutSections(cliPatch(base, head, file)));
      }
    }
  }

  /**
   * {@code git diff --name-status}: a kind letter (with a score for renames) and the paths,
   * tab-separated.
   */
  private List<Tuple> cliNameStatus(RevCommit base, RevCommit head) throws Exception {
    return gitCli("diff", "--name-status", "-M", base.name(), head.name())
        .lines()
        .map(line -> line.split("\t"))
        .map(
            fields -> {
              ChangeKind kind =
                  switch (fields[0].charAt(0)) {
                    case 'A' -> ChangeKind.ADDED;
                    case 'D' -> ChangeKind.DELETED;
                    case 'R' -> ChangeKind.RENAMED;
                    default -> ChangeKind.MODIFIED;
                  };
              String newPath = fields[fields.length - 1];
              return tuple(kind, kind == ChangeKind.ADDED ? null : fields[1], newPath);
            })
        .toList();
  }

  /** The file's hunks as the git command line prints them, read as GitHub's {@code patch} is. */
  private FileDiff cliPatch(RevCommit base, RevCommit head, ChangedFile file) throws Exception {
    List<String> paths =
        file.oldPath() == null ? List.of(file.path()) : List.of(file.oldPath(), file.path());
    List<String> args =
        new ArrayList<>(List.of("diff", "--histogram", "-M", base.name(), head.name(), "--"));
    args.addAll(paths);
    String diff = gitCli(args.toArray(String[]::new));
    return new UnifiedDiffParser()
        .parsePatch(file.oldPath(), file.path(), diff.substring(diff.indexOf("\n@@ ") + 1));
  }

  private static List<Hunk> withoutSections(FileDiff diff) {
    return diff.hunks().stream()
        .map(h -> new Hunk(h.oldStart(), h.oldCount(), h.newStart(), h.newCount(), "", h.lines()))
        .toList();
  }

  private String gitCli(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void detectsARenameWithEdits() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("src/Greeter.java", GREETER).commit("base");
      repo.delete("src/Greeter.java")
          .write("src/Welcomer.java", GREETER.replace("Greeter", "Welcomer"))
          .commit("rename");

      ChangedFile renamed = read("main~1", Head.commit("main")).files().get(0);

      assertThat(renamed.kind()).isEqualTo(ChangeKind.RENAMED);
      assertThat(renamed.oldPath()).isEqualTo("src/Greeter.java");
      assertThat(renamed.path()).isEqualTo("src/Welcomer.java");
      assertThat(renamed.diff().addedLineCount()).isEqualTo(1);
      assertThat(renamed.changedLines().added()).containsExactly(3);
      assertLinesMatchContents(renamed);
    }
  }

  @Test
  void flagsBinaryFilesAndKeepsNoTextForThem() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("logo.gif", new byte[] {'G', 'I', 'F', 0, 1, 2})
          .write(".gitattributes", "*.dat binary\n")
          .write("table.dat", "looks like text\n")
          .commit("base");
      repo.write("logo.gif", new byte[] {'G', 'I', 'F', 0, 3, 4})
          .write("table.dat", "still text\n")
          .commit("head");

      ChangeSet change = read("HEAD~1", Head.commit("HEAD"));

      assertThat(change.files())
          .extracting(
              ChangedFile::path,
              ChangedFile::binary,
              ChangedFile::headContent,
              ChangedFile::baseContent)
          .containsExactly(
              tuple("logo.gif", true, null, null), tuple("table.dat", true, null, null));
      assertThat(change.files())
          .allSatisfy(
              f -> {
                assertThat(f.diff().binary()).isTrue();
                assertThat(f.diff().hunks()).isEmpty();
              });
    }
  }

  @Test
  void reportsAModeOnlyChange() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("run.sh", "echo hi\n").commit("base");
      repo.executable("run.sh").commit("chmod");

      ChangedFile script = read("HEAD~1", Head.commit("HEAD")).files().get(0);

      assertThat(script.kind()).isEqualTo(ChangeKind.MODE_CHANGED);
      assertThat(script.diff().oldMode()).isEqualTo("100644");
      assertThat(script.diff().newMode()).isEqualTo("100755");
      assertThat(script.diff().hunks()).isEmpty();
      assertThat(script.headContent()).isEqualTo("echo hi\n");
    }
  }

  @Test
  void theIndexHeadTakesStagedContentAndTheWorkingTreeHeadTakesTheFileOnDisk() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {\n}\n").commit("base");
      repo.write("A.java", "class A {\n  int staged;\n}\n").stage("A.java");
      repo.write("A.java", "class A {\n  int staged;\n  int unstaged;\n}\n");

      ChangeSet index = read("main", Head.index());
      ChangeSet workingTree = read("main", Head.workingTree());

      assertThat(index.head()).isEqualTo("index");
      assertThat(index.headCommit()).isNull();
      assertThat(file(index, "A.java").headContent()).isEqualTo("class A {\n  int staged;\n}\n");
      assertThat(file(index, "A.java").changedLines().added()).containsExactly(2);
      assertThat(workingTree.head()).isEqualTo("working tree");
      assertThat(workingTree.headCommit()).isNull();
      assertThat(file(workingTree, "A.java").headContent())
          .isEqualTo("class A {\n  int staged;\n  int unstaged;\n}\n");
      assertThat(file(workingTree, "A.java").changedLines().added()).containsExactly(2, 3);
      assertThat(workingTree.base()).startsWith("main (merge-base ");
    }
  }

  @Test
  void theWorkingTreeHeadIncludesUntrackedFilesThatAreNotIgnored() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("tracked.log", "kept\n").commit("a file the ignore rules will match");
      repo.write(".gitignore", "target/\n*.log\n").commit("ignore rules");
      repo.write("src/New.java", "class New {}\n")
          .write("target/Generated.java", "class Generated {}\n")
          .write("debug.log", "noise\n")
          .write("tracked.log", "kept, and changed\n");

      ChangeSet change = read("main", Head.workingTree());

      assertThat(change.files())
          .extracting(ChangedFile::path, ChangedFile::kind)
          .containsExactly(
              tuple("src/New.java", ChangeKind.ADDED), tuple("tracked.log", ChangeKind.MODIFIED));
      assertThat(read("main", Head.index()).files()).isEmpty();
    }
  }

  @Test
  void filesIgnoredThroughInfoExcludeTheExcludesFileOrANestedGitignoreAreNotPartOfTheChange()
      throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("base");
      repo.write(".git/info/exclude", "scratch/\n")
          .write("excludes", "*.orig.java\n")
          .config("core", null, "excludesFile", dir.resolve("excludes").toString());
      repo.write("module/.gitignore", "out/\n")
          .write("module/out/Gen.java", "class Gen {}\n")
          .write("scratch/Try.java", "class Try {}\n")
          .write("B.orig.java", "class B {}\n")
          .write("src/New.java", "class New {}\n");

      ChangeSet change = read("main", Head.workingTree());

      assertThat(change.files())
          .extracting(ChangedFile::path)
          .containsExactly("excludes", "module/.gitignore", "src/New.java");
    }
  }

  @Test
  void buildOutputIsNotPartOfTheChangeEvenWithoutAGitignore() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("pom.xml", "<project/>\n")
          .write("app/build.gradle", "\n")
          .write("src/main/java/com/acme/build/Tool.java", "class Tool {}\n")
          .commit("base");
      repo.write("target/classes/Gen.java", "class Gen {}\n")
          .write("app/build/generated/Gen.java", "class Gen {}\n")
          .write("src/main/java/com/acme/build/NewTool.java", "class NewTool {}\n")
          .write("docs/target/Page.java", "class Page {}\n");

      ChangeSet change = read("main", Head.workingTree());

      // a package named build and a target/ with no build file beside it are sources, not output
      assertThat(change.files())
          .extracting(ChangedFile::path)
          .containsExactly("docs/target/Page.java", "src/main/java/com/acme/build/NewTool.java");
    }
  }

  @Test
  void theWorkingTreeHeadSeesStagedDeletionsRenamesAndFilesDeletedOnDisk() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("Keep.java", GREETER)
          .write("Staged.java", "class Staged {}\n")
          .write("Disk.java", "class Disk {}\n")
          .commit("base");
      git(repo).rm().addFilepattern("Staged.java").call();
      repo.delete("Disk.java").delete("Keep.java").write("Moved.java", GREETER);

      ChangeSet change = read("main", Head.workingTree());

      assertThat(change.files())
          .extracting(ChangedFile::path, ChangedFile::oldPath, ChangedFile::kind)
          .containsExactly(
              tuple("Disk.java", "Disk.java", ChangeKind.DELETED),
              tuple("Moved.java", "Keep.java", ChangeKind.RENAMED),
              tuple("Staged.java", "Staged.java", ChangeKind.DELETED));
    }
  }

  @Test
  void diffsTheWorkingTreeAsGitSeesItUnderAutocrlfButKeepsTheBytesOnDisk() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {\n  int a;\n}\n").commit("base");
      repo.config("core", null, "autocrlf", "true");
      repo.write("A.java", "class A {\r\n  int b;\r\n}\r\n");

      ChangedFile file = read("main", Head.workingTree()).files().get(0);

      assertThat(file.changedLines().added()).containsExactly(2);
      assertThat(file.headContent()).isEqualTo("class A {\r\n  int b;\r\n}\r\n");
    }
  }

  @Test
  void comparesAgainstTheMergeBaseNotTheTipOfTheBaseBranch() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      RevCommit fork =
          repo.write("A.java", "class A {}\n").write("B.java", "class B {}\n").commit("fork point");
      repo.branch("feature")
          .checkout("feature")
          .write("A.java", "class A { int feature; }\n")
          .commit("feature work");
      repo.checkout("main").write("B.java", "class B { int mainline; }\n").commit("main moves on");

      ChangeSet change = read("main", Head.commit("feature"));

      assertThat(change.base()).isEqualTo("main (merge-base " + fork.abbreviate(7).name() + ")");
      assertThat(change.files()).extracting(ChangedFile::path).containsExactly("A.java");
    }
  }

  @Test
  void findsTheRepositoryFromASubdirectory() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("src/main/A.java", "class A {}\n").commit("base");
      repo.write("src/main/A.java", "class A { int x; }\n");
      try (GitChangeSource source = GitChangeSource.open(dir.resolve("src/main"))) {
        assertThat(source.workTree()).isEqualTo(dir.toRealPath());
        assertThat(source.read(null, Head.workingTree()).files())
            .extracting(ChangedFile::path)
            .containsExactly("src/main/A.java");
      }
    }
  }

  static List<Arguments> defaultBases() {
    return List.of(
        Arguments.of(
            "origin/HEAD, never the branch's own upstream",
            (Setup)
                repo -> {
                  RevCommit first = repo.write("A.java", "class A {}\n").commit("first");
                  RevCommit second = repo.commit("second");
                  repo.ref("refs/remotes/origin/trunk", first)
                      .symbolicRef("refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
                      .ref("refs/remotes/origin/main", second)
                      .config("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*")
                      .config("branch", "main", "remote", "origin")
                      .config("branch", "main", "merge", "refs/heads/main");
                },
            "origin/trunk"),
        Arguments.of(
            "origin/main without origin/HEAD",
            (Setup)
                repo -> {
                  RevCommit first = repo.write("A.java", "class A {}\n").commit("first");
                  repo.ref("refs/remotes/origin/main", first)
                      .ref("refs/remotes/origin/master", first)
                      .branch("feature")
                      .checkout("feature");
                },
            "origin/main"),
        Arguments.of(
            "origin/master",
            (Setup)
                repo -> {
                  RevCommit first = repo.write("A.java", "class A {}\n").commit("first");
                  repo.ref("refs/remotes/origin/master", first)
                      .branch("feature")
                      .checkout("feature");
                },
            "origin/master"),
        Arguments.of(
            "origin/HEAD",
            (Setup)
                repo -> {
                  RevCommit first = repo.write("A.java", "class A {}\n").commit("first");
                  repo.ref("refs/remotes/origin/develop", first)
                      .symbolicRef("refs/remotes/origin/HEAD", "refs/remotes/origin/develop");
                },
            "origin/develop"),
        Arguments.of(
            "main",
            (Setup)
                repo -> {
                  repo.write("A.java", "class A {}\n").commit("first");
                  repo.branch("master").branch("feature").checkout("feature");
                },
            "main"),
        Arguments.of(
            "master",
            (Setup)
                repo -> {
                  repo.write("A.java", "class A {}\n").commit("first");
                  repo.branch("master").branch("feature").checkout("feature");
                  repo.git().branchDelete().setBranchNames("main").setForce(true).call();
                },
            "master"));
  }

  interface Setup {
    void apply(TestGitRepo repo) throws Exception;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultBases")
  void picksTheDefaultBaseInOrder(String name, Setup setup, String expected) throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      setup.apply(repo);
      try (GitChangeSource source = GitChangeSource.open(dir)) {
        assertThat(source.defaultBaseRef()).isEqualTo(expected);
        assertThat(source.read(null, Head.workingTree()).base())
            .startsWith(expected + " (merge-base ");
      }
    }
  }

  @Test
  void failsClearlyWhenNoDefaultBaseExists() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "trunk")) {
      repo.write("A.java", "class A {}\n").commit("first");
      assertThatThrownBy(() -> read(null, Head.workingTree()))
          .isInstanceOf(ChangeSourceException.class)
          .hasMessage(
              "no base branch found: none of origin/HEAD, origin/main, origin/master, main, master exists;"
                  + " name one with --base REF");
    }
  }

  static List<Arguments> errors() {
    return List.of(
        Arguments.of(
            "an unknown base ref",
            (SourceCall) s -> s.read("nope", Head.workingTree()),
            "unknown revision 'nope': no branch, tag or commit of that name"),
        Arguments.of(
            "an unknown head ref",
            (SourceCall) s -> s.read("main", Head.commit("v9.9")),
            "unknown revision 'v9.9': no branch, tag or commit of that name"),
        Arguments.of(
            "a malformed ref",
            (SourceCall) s -> s.read("main..", Head.workingTree()),
            "unknown revision 'main..': no branch, tag or commit of that name"),
        Arguments.of(
            "unrelated histories",
            (SourceCall) s -> s.read("orphan", Head.commit("main")),
            "no merge base between 'orphan' and 'main': they share no history"),
        Arguments.of(
            "a bad sha from a hook",
            (SourceCall) s -> s.pushed("not-a-sha", ObjectId.zeroId().name()),
            "unknown revision 'not-a-sha': no branch, tag or commit of that name"));
  }

  interface SourceCall {
    Object apply(GitChangeSource source) throws ChangeSourceException;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void failsWithAOneLineMessage(String name, SourceCall action, String message) throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("first");
      git(repo).checkout().setOrphan(true).setName("orphan").call();
      repo.write("B.java", "class B {}\n").commit("unrelated");
      repo.checkout("main");
      try (GitChangeSource source = GitChangeSource.open(dir)) {
        assertThatThrownBy(() -> action.apply(source))
            .isInstanceOf(ChangeSourceException.class)
            .hasMessage(message);
      }
    }
  }

  @Test
  void refusesADirectoryOutsideAnyRepository() {
    assertThatThrownBy(() -> GitChangeSource.open(dir))
        .isInstanceOf(ChangeSourceException.class)
        .hasMessage("not a git repository (or any parent up to /): " + dir.toAbsolutePath());
  }

  @Test
  void refusesARepositoryWithoutCommitsForTheWorkingTree() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n");
      assertThatThrownBy(() -> read("main", Head.workingTree()))
          .isInstanceOf(ChangeSourceException.class)
          .hasMessageStartingWith("HEAD does not point at a commit yet");
    }
  }

  @Test
  void pushedTakesTheCommitsSinceTheRemoteSha() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      RevCommit remote = repo.write("A.java", "class A {}\n").commit("pushed before");
      repo.write("B.java", "class B {}\n").commit("new 1");
      RevCommit local = repo.write("C.java", "class C {}\n").commit("new 2");
      try (GitChangeSource source = GitChangeSource.open(dir)) {
        ChangeSet change = source.pushed(local.name(), remote.name());
        assertThat(change.base())
            .isEqualTo(
                "remote "
                    + remote.abbreviate(7).name()
                    + " (merge-base "
                    + remote.abbreviate(7).name()
                    + ")");
        assertThat(change.headCommit()).isEqualTo(local.name());
        assertThat(change.files())
            .extracting(ChangedFile::path)
            .containsExactly("B.java", "C.java");
      }
    }
  }

  @Test
  void pushedOfANewOrUnfetchedBranchComparesWithTheDefaultBase() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("on main");
      repo.branch("topic").checkout("topic");
      RevCommit local = repo.write("T.java", "class T {}\n").commit("topic work");
      try (GitChangeSource source = GitChangeSource.open(dir)) {
        ChangeSet newBranch = source.pushed(local.name(), ObjectId.zeroId().name());
        ChangeSet unfetched =
            source.pushed(local.name(), "1234567890123456789012345678901234567890");
        assertThat(newBranch.base()).startsWith("main (merge-base ");
        assertThat(newBranch.files()).extracting(ChangedFile::path).containsExactly("T.java");
        assertThat(unfetched.files()).extracting(ChangedFile::path).containsExactly("T.java");
      }
    }
  }

  @Test
  void pushedOfABranchDeletionHasNoFiles() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      RevCommit remote = repo.write("A.java", "class A {}\n").commit("on main");
      try (GitChangeSource source = GitChangeSource.open(dir)) {
        assertThat(source.pushed(ObjectId.zeroId().name(), remote.name()).files()).isEmpty();
      }
    }
  }

  @Test
  void decodesMalformedUtf8WithReplacementCharacters() throws Exception {
    try (TestGitRepo repo = TestGitRepo.init(dir, "main")) {
      repo.write("A.java", "class A {}\n").commit("base");
      repo.write(
          "A.java",
          "class A { String s = \"caf\u00e9\"; }\n".getBytes(StandardCharsets.ISO_8859_1));
      ChangedFile file = read("main", Head.workingTree()).files().get(0);
      assertThat(file.headContent()).contains("caf\uFFFD");
      assertThat(file.diff().hunks().get(0).lines())
          .extracting(DiffLine::text)
          .contains("class A { String s = \"caf\uFFFD\"; }");
    }
  }

  private static org.eclipse.jgit.api.Git git(TestGitRepo repo) {
    return repo.git();
  }
}
