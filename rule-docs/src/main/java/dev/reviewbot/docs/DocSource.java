package dev.reviewbot.docs;

/**
 * Where a set of rule pages comes from, for the words around them: the index's title and
 * introduction, each page's footer and the command that regenerates them. The built-in rules have
 * one; a plugin's pages have their own, naming the plugin project's files.
 *
 * @param title the index's heading
 * @param intro the index's first paragraph
 * @param notesDir where the rules' notes ({@code <id>.md}) are kept, as the reader knows it
 * @param fixturesDir where the rules' fixtures ({@code <id>/*.java}) are kept, as the reader knows
 *     it
 * @param command what regenerates the pages
 */
record DocSource(String title, String intro, String notesDir, String fixturesDir, String command) {
  static final DocSource BUILT_IN =
      new DocSource(
          "Rules",
          "Every rule reviewbot ships, one page each. `reviewbot rules` lists the same in the terminal.",
          "rules/src/main/resources/rule-notes",
          "rules/src/test/resources/fixtures",
          RuleDocsGenerator.COMMAND);

  /** The pages of the rules in plugin {@code jarName}. */
  static DocSource plugin(String jarName, String notesDir, String fixturesDir, String command) {
    return new DocSource(
        "Rules of " + jarName,
        "The rules of the reviewbot plugin `"
            + jarName
            + "`, one page each. Load it with `reviewbot check --plugin "
            + jarName
            + "` or `plugins: ["
            + jarName
            + "]` in `.reviewbot.yml`; `reviewbot rules --plugin "
            + jarName
            + "` lists them in the terminal.",
        notesDir,
        fixturesDir,
        command);
  }
}
