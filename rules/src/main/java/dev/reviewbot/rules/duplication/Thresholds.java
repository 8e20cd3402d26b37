package dev.reviewbot.rules.duplication;

/**
 * When a group of copies is worth a word, and where: inline for what a senior reviewer would ask to
 * extract (several statements pasted three or more times, or a big block twice), the summary for
 * smaller groups and for one more copy of a block the code already repeated, nothing for code that
 * only has the same shape.
 */
record Thresholds(int minTokens, int minLines, int minStatements, int minTokensTwice) {
  /** Most summary lines one change gets, the biggest groups first. */
  static final int MAX_SUMMARY = 5;

  /**
   * Past this many differing names and literals, copies are code of the same shape that means
   * different things, and a helper would need too many parameters to be any clearer.
   */
  static final int MAX_DIFFERENCES = 3;

  enum Verdict {
    INLINE,
    SUMMARY,
    NONE
  }

  Verdict verdict(Duplicate duplicate) {
    if (duplicate.added().isEmpty()
        || duplicate.tokens() < minTokens
        || duplicate.lines() < minLines
        || duplicate.statements() < 2
        || duplicate.differences() > MAX_DIFFERENCES) {
      return Verdict.NONE;
    }
    boolean inTests = duplicate.added().get(0).testCode();
    // two or more copies from before the change make the copying the code's established pattern
    boolean establishedPattern = duplicate.copies() - duplicate.added().size() >= 2;
    // a block that sets up several locals for the code after it has no single result a helper could
    // return
    boolean extractable = duplicate.liveLocals() <= 1;
    boolean worthInline =
        !establishedPattern
            && extractable
            && duplicate.statements() >= minStatements
            && (duplicate.copies() >= 3
                || duplicate.tokens() >= minTokensTwice && duplicate.lines() >= 2 * minLines);
    if (worthInline) {
      return Verdict.INLINE; // in test code, the test-code policy sends it to the summary
    }
    return inTests ? Verdict.NONE : Verdict.SUMMARY;
  }
}
