package dev.reviewbot.rules.surface;

import dev.reviewbot.api.LineRange;

/**
 * One change to an exported type or member.
 *
 * @param kind what sort of change, and so what it breaks
 * @param subject the member or type it concerns, as a message names it ({@code method `size()`})
 * @param what the change in words, starting with a verb ({@code removes method `size()`})
 * @param anchor the head line it concerns, {@code null} when the member is gone or implicit
 * @param caveat why a break may not need the author's action
 */
record ApiChange(ApiChangeKind kind, String subject, String what, LineRange anchor, Caveat caveat) {

  /** What tempers a break. */
  enum Caveat {
    NONE,
    /** The base version deprecated it: a removal users were told to expect. */
    ANNOUNCED,
    /**
     * An instance member gone from a class whose superclass is in another file: it may have moved
     * up (compatible), which a one-file view cannot tell from a removal.
     */
    MAY_BE_INHERITED
  }

  static ApiChange of(ApiChangeKind kind, ApiMember member, String what) {
    return new ApiChange(kind, member.display(), what, member.anchor(), Caveat.NONE);
  }

  boolean announced() {
    return caveat == Caveat.ANNOUNCED;
  }

  Compatibility compatibility() {
    return kind.compatibility();
  }

  /** A break the users were not told about: worth an inline comment. */
  boolean breaksUnannounced() {
    return kind.compatibility().breaks() && caveat == Caveat.NONE;
  }
}
