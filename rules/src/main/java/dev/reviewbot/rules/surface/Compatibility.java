package dev.reviewbot.rules.surface;

/**
 * What a change to exported API does to code that uses it, in the two senses of JLS chapter 13 and
 * of japicmp: source compatibility (callers still compile against the new version) and binary
 * compatibility (callers compiled against the old version still link and run against the new).
 */
enum Compatibility {
  /** Callers neither need to change nor to be recompiled. */
  BOTH_COMPATIBLE(false, false),
  /** Already-compiled callers keep working, but callers stop compiling when they are rebuilt. */
  SOURCE_ONLY_BREAK(true, false),
  /** Callers still compile, but already-compiled callers fail to link or run as they did. */
  BINARY_ONLY_BREAK(false, true),
  /** Callers stop compiling, and already-compiled callers fail to link. */
  BREAKS_BOTH(true, true);

  private final boolean source;
  private final boolean binary;

  Compatibility(boolean source, boolean binary) {
    this.source = source;
    this.binary = binary;
  }

  static Compatibility of(boolean sourceBreak, boolean binaryBreak) {
    for (Compatibility value : values()) {
      if (value.source == sourceBreak && value.binary == binaryBreak) {
        return value;
      }
    }
    throw new AssertionError("unreachable");
  }

  boolean breaks() {
    return source || binary;
  }

  boolean breaksSource() {
    return source;
  }

  boolean breaksBinary() {
    return binary;
  }

  /** What breaks when both changes are made: a source break and a binary break are both. */
  Compatibility and(Compatibility other) {
    return of(source || other.source, binary || other.binary);
  }
}
