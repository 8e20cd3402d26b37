package dev.reviewbot.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackTableTest {
  private static final DemotionPolicy DEFAULTS = new DemotionPolicy(0.10, 20);

  @ParameterizedTest(name = "{0} posted, {1} dismissed, {2} not useful: summary only {3}")
  @CsvSource({
    "20, 0, 2, false", // 10 % is not more than 10 %
    "20, 0, 3, true",
    "20, 3, 0, true", // dismissed counts like not useful
    "20, 1, 2, true",
    "19, 10, 9, false", // too few comments to judge
    "200, 10, 10, false",
    "200, 11, 10, true",
  })
  void movesARuleToTheSummaryOnlyAboveTheShareWithEnoughComments(
      int posted, int dismissed, int notUseful, boolean demoted) {
    RuleStats stats =
        new RuleStats(
            "octo/a", "r", posted, posted - dismissed - notUseful, 0, dismissed, notUseful);

    assertThat(DEFAULTS.demotes(stats)).isEqualTo(demoted);
  }

  @Test
  void exportsOneCsvLinePerRepositoryAndRule() {
    FeedbackTable table =
        new FeedbackTable(
            List.of(
                new RuleStats("octo/a", "argument-count", 20, 2, 15, 1, 2),
                new RuleStats("octo/b,odd", "long-method", 4, 4, 0, 0, 0)),
            DEFAULTS);

    assertThat(table.csv())
        .isEqualTo(
            "repository,rule,posted,open,fixed,dismissed,not_useful,fixed_share,rejected_share,summary_only\r\n"
                + "octo/a,argument-count,20,2,15,1,2,0.750,0.150,true\r\n"
                + "\"octo/b,odd\",long-method,4,4,0,0,0,0.000,0.000,false\r\n");
  }

  @Test
  void printsATablePerRepository() {
    FeedbackTable table =
        new FeedbackTable(
            List.of(new RuleStats("octo/a", "argument-count", 20, 2, 15, 1, 2)), DEFAULTS);

    assertThat(table.text())
        .startsWith("octo/a\n")
        .contains("argument-count")
        .contains("15%  -> summary");
    assertThat(new FeedbackTable(List.of(), DEFAULTS).text())
        .isEqualTo("no comments recorded yet\n");
  }
}
