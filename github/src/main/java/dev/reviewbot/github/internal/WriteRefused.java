package dev.reviewbot.github.internal;

/**
 * A write GitHub would not allow this token; carries the step that was refused and GitHub's reason.
 */
public final class WriteRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public WriteRefused(String step, String reason) {
    // no stack trace: this is an answer to report, not a bug to debug
    super(step + " was refused (" + reason + ")", null, false, false);
  }
}
