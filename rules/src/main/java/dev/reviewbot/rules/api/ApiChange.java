package dev.reviewbot.rules.api;

import dev.reviewbot.api.LineRange;

/**
 * One change to an exported type or member.
 *
 * @param kind what sort of change, and so what it breaks
 * @param subject the member or type it concerns, as a message names it ({@code method `size()`})
 * @param what the change in words, starting with a verb ({@code removes method `size()`})
 * @param anchor the head line it concerns, {@code null} when the member is gone or implicit
 * @param announced the base version deprecated it: a removal the users were told to expect
 */
record ApiChange(ApiChangeKind kind, String subject, String what, LineRange anchor, boolean announced) {

  static ApiChange of(ApiChangeKind kind, ApiMember member, String what) {
    return new ApiChange(kind, member.display(), what, member.anchor(), false);
  }

  Compatibility compatibility() {
    return kind.compatibility();
  }

  /** A break the users were not told about: worth an inline comment. */
  boolean breaksUnannounced() {
    return kind.compatibility().breaks() && !announced;
  }
}
