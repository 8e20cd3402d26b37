package dev.reviewbot.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.github.CommentFeedback;
import dev.reviewbot.server.ops.FeedbackMetrics;
import dev.reviewbot.server.queue.Delivery;
import dev.reviewbot.server.support.Databases;
import dev.reviewbot.server.support.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's contract on both databases the service supports, with the same SQL. */
class FeedbackStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final String REPO = "octo/app";

  static List<Arguments> databases() {
    Supplier<DataSource> h2 = Databases::freshH2;
    Supplier<DataSource> postgres =
        () -> Databases.postgresDataSource(Databases.freshPostgresUrl());
    return List.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
  }

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private JdbcTemplate jdbc;
  private FeedbackStore store;

  private void open(Supplier<DataSource> database) {
    DataSource dataSource = Databases.migrated(database.get());
    jdbc = new JdbcTemplate(dataSource);
    store =
        new FeedbackStore(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
            new TestClock(T0),
            new FeedbackMetrics(meters));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void recordsAPostedCommentOnceWhenARetryPostsItAgain(String name, Supplier<DataSource> database) {
    open(database);

    store.posted(REPO, 1, "head-a", List.of(posted("fp-1")));
    store.posted(REPO, 1, "head-a", List.of(posted("fp-1")));

    assertThat(count("SELECT COUNT(*) FROM comment_feedback")).isOne();
    assertThat(outcome("fp-1")).isEqualTo("OPEN");
    assertThat(meters.counter("reviewbot.feedback.posted", "rule", "a-rule").count()).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void followsTheSignalsAndCountsEachChangeOfOutcomeOnce(
      String name, Supplier<DataSource> database) {
    open(database);
    store.posted(REPO, 1, "head-a", List.of(posted("fp-1")));

    store.observed(REPO, 1, List.of(earlier(77, "fp-1", 0, Optional.empty())));
    assertThat(outcome("fp-1")).isEqualTo("OPEN");
    assertThat(count("SELECT comment_id FROM comment_feedback")).isEqualTo(77);

    assertThat(store.threadChanged(delivery("d-1"), REPO, 1, 77, List.of("fp-1"), true)).isTrue();
    assertThat(outcome("fp-1")).isEqualTo("DISMISSED");

    store.observed(REPO, 1, List.of(earlier(77, "fp-1", 0, Optional.of("head-b"))));
    store.observed(REPO, 1, List.of(earlier(77, "fp-1", 0, Optional.of("head-b"))));
    assertThat(outcome("fp-1")).as("resolved, then the lines changed").isEqualTo("FIXED");

    store.observed(REPO, 1, List.of(earlier(77, "fp-1", 1, Optional.empty())));
    assertThat(outcome("fp-1")).isEqualTo("NOT_USEFUL");
    assertThat(store.notUseful(REPO, 1)).containsExactly("fp-1");
    assertThat(store.notUseful(REPO, 2)).isEmpty();

    assertThat(outcomes("dismissed")).isOne();
    assertThat(outcomes("fixed")).isOne();
    assertThat(outcomes("not_useful")).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRedeliveredEventChangesNothing(String name, Supplier<DataSource> database) {
    open(database);
    store.posted(REPO, 1, "head-a", List.of(posted("fp-1")));

    assertThat(store.threadChanged(delivery("d-1"), REPO, 1, 77, List.of("fp-1"), true)).isTrue();
    assertThat(store.threadChanged(delivery("d-1"), REPO, 1, 77, List.of("fp-1"), false)).isFalse();
    assertThat(store.replied(delivery("d-2"), REPO, 1, 77)).isTrue();
    assertThat(store.replied(delivery("d-2"), REPO, 1, 77)).isFalse();

    assertThat(outcome("fp-1")).isEqualTo("DISMISSED");
    assertThat(count("SELECT replies FROM comment_feedback")).isOne();
    assertThat(outcomes("dismissed")).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void summarisesPerRepositoryAndRule(String name, Supplier<DataSource> database) {
    open(database);
    store.posted(REPO, 1, "h", List.of(posted("fp-1"), posted("fp-2"), posted("fp-3")));
    store.posted("octo/other", 1, "h", List.of(posted("fp-1")));
    store.observed(REPO, 1, List.of(earlier(1, "fp-1", 1, Optional.empty())));
    store.threadChanged(delivery("d"), REPO, 1, 2, List.of("fp-2"), true);

    assertThat(store.stats(REPO)).containsExactly(new RuleStats(REPO, "a-rule", 3, 1, 0, 1, 1));
    assertThat(store.stats(null)).hasSize(2);
  }

  @ParameterizedTest(name = "{0} down, fixed {1}, resolved {2}: {3}")
  @CsvSource({
    "0, false, false, OPEN",
    "0, false, true, DISMISSED",
    "0, true, false, FIXED",
    "0, true, true, FIXED",
    "1, false, false, NOT_USEFUL",
    "2, true, true, NOT_USEFUL",
  })
  void derivesOneOutcomeFromTheSignals(
      int thumbsDown, boolean fixed, boolean resolved, Outcome outcome) {
    assertThat(Outcome.of(thumbsDown, fixed, resolved)).isEqualTo(outcome);
  }

  private static CommentFeedback.Posted posted(String fingerprint) {
    return new CommentFeedback.Posted("a-rule", fingerprint, List.of(fingerprint), "src/A.java");
  }

  private static CommentFeedback.Earlier earlier(
      long id, String fingerprint, int thumbsDown, Optional<String> fixedIn) {
    return new CommentFeedback.Earlier(id, List.of(fingerprint), 0, thumbsDown, 0, fixedIn);
  }

  private static Delivery delivery(String id) {
    return new Delivery(id, "pull_request_review_thread", "resolved", T0);
  }

  private String outcome(String fingerprint) {
    return jdbc.queryForObject(
        "SELECT outcome FROM comment_feedback WHERE repository = ? AND fingerprint = ?",
        String.class,
        REPO,
        fingerprint);
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private double outcomes(String outcome) {
    return meters
        .counter("reviewbot.feedback.outcomes", "rule", "a-rule", "outcome", outcome)
        .count();
  }
}
