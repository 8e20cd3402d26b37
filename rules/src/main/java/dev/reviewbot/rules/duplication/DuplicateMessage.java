package dev.reviewbot.rules.duplication;

import java.util.List;
import java.util.stream.Collectors;

/** What a finding says: how big the block is, every place it appears, and what to do. */
final class DuplicateMessage {
  private DuplicateMessage() {}

  static String inline(Duplicate d, Duplicate.Place anchor) {
    List<Duplicate.Place> old = d.places().stream().filter(p -> !p.added()).toList();
    if (d.added().size() == 1 && old.size() == 1 && !old.get(0).touched()) {
      return "These "
          + d.lines()
          + " lines repeat "
          + place(d, old.get(0))
          + ", which was there before this change"
          + alike(d)
          + ". Call that code, or move it to a helper both places call, rather than keep two copies "
          + "that every later fix must change alike.";
    }
    return "These "
        + d.lines()
        + " lines appear "
        + d.copies()
        + " times"
        + alike(d)
        + ": "
        + places(d, anchor)
        + ". Extract a helper method that takes what differs as parameters and call it from each place, "
        + "so a later fix is made once.";
  }

  static String summary(Duplicate d, Duplicate.Place anchor) {
    return "The same "
        + d.lines()
        + " lines appear "
        + d.copies()
        + " times"
        + alike(d)
        + ": "
        + places(d, anchor)
        + "; a helper method could replace the copies.";
  }

  private static String alike(Duplicate d) {
    return d.differences() == 0 ? " (the same code)" : " (only names or constants differ)";
  }

  private static String places(Duplicate d, Duplicate.Place anchor) {
    return d.places().stream()
        .map(
            p ->
                place(d, p)
                    + (p == anchor ? " (here)" : "")
                    + (p.touched() ? "" : " (before this change)"))
        .collect(Collectors.joining(", "));
  }

  private static String place(Duplicate d, Duplicate.Place place) {
    return name(d, place) + ":" + place.lines().start();
  }

  /** The file name, or the whole path when two places share a file name. */
  private static String name(Duplicate d, Duplicate.Place place) {
    String file = place.path().substring(place.path().lastIndexOf('/') + 1);
    boolean ambiguous =
        d.places().stream()
            .anyMatch(p -> !p.path().equals(place.path()) && p.path().endsWith("/" + file));
    return ambiguous ? place.path() : file;
  }
}
