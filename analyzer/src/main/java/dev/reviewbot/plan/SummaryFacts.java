package dev.reviewbot.plan;

import java.util.List;

/**
 * What the posting step adds to the summary beyond the plan.
 *
 * @param resolved earlier comments marked resolved in this run
 * @param notes plain-text remarks, e.g. that the pull request is over the platform's file limit
 */
public record SummaryFacts(int resolved, List<String> notes) {
  public SummaryFacts {
    notes = List.copyOf(notes);
  }

  public static SummaryFacts none() {
    return new SummaryFacts(0, List.of());
  }
}
