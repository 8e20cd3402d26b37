package dev.reviewbot.fix;

import dev.reviewbot.api.Fix;
import java.util.List;

/**
 * A file's text after applying fixes.
 *
 * @param content the new text; the old text when nothing applied
 * @param applied fixes in the new text
 * @param skipped fixes left out: they overlapped an earlier one, pointed outside the file, or the
 *     result would not parse
 */
public record AppliedFixes(String content, List<Fix> applied, List<Fix> skipped) {
  public AppliedFixes {
    applied = List.copyOf(applied);
    skipped = List.copyOf(skipped);
  }
}
