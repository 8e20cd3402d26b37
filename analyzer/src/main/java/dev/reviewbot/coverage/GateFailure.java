package dev.reviewbot.coverage;

/**
 * A coverage gate the change fails.
 *
 * @param gate which gate
 * @param message the measured value against the threshold, in words
 */
public record GateFailure(Gate gate, String message) {

  public enum Gate {
    /** Patch line coverage below the minimum. */
    PATCH_COVERAGE,
    /** Project line coverage dropped from base to head by more than allowed. */
    COVERAGE_DROP,
    /** Coverage inputs that cannot be read, are empty or do not match the classes. */
    UNUSABLE_DATA,
    /** Coverage data with nothing about the change's files, or nothing about this repository. */
    NO_DATA_FOR_CHANGE
  }
}
