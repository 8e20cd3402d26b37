package dev.reviewbot.coverage.internal;

/**
 * JaCoCo's counters for one source line, as in the XML report's {@code <line>} element.
 *
 * @param mi missed instructions
 * @param ci covered instructions
 * @param mb missed branches
 * @param cb covered branches
 */
public record LineCounts(int mi, int ci, int mb, int cb) {
  public LineCounts {
    if (mi < 0 || ci < 0 || mb < 0 || cb < 0) {
      throw new IllegalArgumentException(
          "negative counter in line " + mi + "/" + ci + "/" + mb + "/" + cb);
    }
  }

  /** JaCoCo's line rule: covered (fully or partly) when any instruction ran. */
  public boolean covered() {
    return ci > 0;
  }

  /** Covered, but with branches never taken. */
  public boolean partial() {
    return ci > 0 && mb > 0;
  }

  /**
   * The same line seen by two reports (e.g. a module report and an aggregate one): covered if
   * either saw it covered.
   */
  public LineCounts merge(LineCounts other) {
    return new LineCounts(
        Math.min(mi, other.mi),
        Math.max(ci, other.ci),
        Math.min(mb, other.mb),
        Math.max(cb, other.cb));
  }
}
