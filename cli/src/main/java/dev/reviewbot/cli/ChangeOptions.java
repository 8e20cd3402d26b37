package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.source.GitChangeSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which change to review: base, head and filter mode, shared by {@code check} and {@code fix}. */
final class ChangeOptions {
  @Option(
      names = "--base",
      paramLabel = "REF",
      description = "Base revision; the change starts at its merge-base with the head.")
  String base;

  @ArgGroup(exclusive = true)
  HeadChoice head = new HeadChoice();

  static final class HeadChoice {
    @Option(
        names = "--head",
        paramLabel = "REF",
        description = "Review up to this commit instead of the working tree.")
    String ref;

    @Option(
        names = "--staged",
        description =
            "Review the index (what 'git commit' would commit) instead of the working tree.")
    boolean staged;
  }

  @Option(
      names = "--filter-mode",
      paramLabel = "MODE",
      description =
          "Which findings to show: added (on added or modified lines), diff_context, file, nofilter (default: the config's, else added).")
  String filterMode;

  ReviewConfig withFilterMode(ReviewConfig config) {
    return filterMode == null
        ? config
        : config.toBuilder().filterMode(FilterMode.parse(filterMode)).build();
  }

  GitChangeSource.Head headMode() {
    if (head.ref != null) {
      return GitChangeSource.Head.commit(head.ref);
    }
    return head.staged ? GitChangeSource.Head.index() : GitChangeSource.Head.workingTree();
  }
}
