package dev.reviewbot.diff;

import java.util.Locale;

/** Which findings a run shows, relative to the diff (reviewdog's filter modes). */
public enum FilterMode {
  /** Only findings on lines the change added or modified (default). */
  ADDED,
  /** Findings anywhere inside the diff's hunks, context lines included. */
  DIFF_CONTEXT,
  /** Findings anywhere in a changed file. */
  FILE,
  /** Every finding. */
  NOFILTER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FilterMode parse(String text) {
    for (FilterMode mode : values()) {
      if (mode.id().equals(text.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "expected one of added, diff_context, file, nofilter but was '" + text + "'");
  }
}
