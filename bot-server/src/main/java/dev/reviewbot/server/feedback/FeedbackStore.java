package dev.reviewbot.server.feedback;

import dev.reviewbot.github.CommentFeedback;
import dev.reviewbot.server.queue.Delivery;
import dev.reviewbot.server.queue.DeliveryLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code comment_feedback} table: one row per inline comment the bot posted, keyed by
 * repository, pull request and the lead finding's fingerprint. Every change locks the row, applies
 * the new signals and derives the {@link Outcome} again, so whichever instance records a change
 * first counts it, and the same signals read again (or a redelivered event) change nothing.
 */
public final class FeedbackStore {
  private static final String COLUMNS =
      "id, rule_id, comment_id, thumbs_up, thumbs_down, replies, thread_resolved, fixed_sha, outcome";
  private static final RowMapper<Row> ROW =
      (rs, n) ->
          new Row(
              rs.getLong("id"),
              rs.getString("rule_id"),
              rs.getObject("comment_id", Long.class),
              rs.getInt("thumbs_up"),
              rs.getInt("thumbs_down"),
              rs.getInt("replies"),
              rs.getBoolean("thread_resolved"),
              rs.getString("fixed_sha"),
              Outcome.valueOf(rs.getString("outcome")));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final DeliveryLog deliveries;
  private final Clock clock;
  private final FeedbackObserver observer;

  public FeedbackStore(
      JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, FeedbackObserver observer) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.deliveries = new DeliveryLog(jdbc);
    this.clock = clock;
    this.observer = observer;
  }

  /** The signals of one comment as stored. */
  record Row(
      long id,
      String ruleId,
      Long commentId,
      int thumbsUp,
      int thumbsDown,
      int replies,
      boolean threadResolved,
      String fixedSha,
      Outcome outcome) {

    Outcome derived() {
      return Outcome.of(thumbsDown, fixedSha != null, threadResolved);
    }

    /** This row with its thread resolved or reopened; the thread's comment is {@code id}. */
    Row withThread(long id, boolean resolved) {
      return new Row(
          this.id, ruleId, id, thumbsUp, thumbsDown, replies, resolved, fixedSha, outcome);
    }

    /** This row with one more reply. */
    Row withReply() {
      return new Row(
          id,
          ruleId,
          commentId,
          thumbsUp,
          thumbsDown,
          replies + 1,
          threadResolved,
          fixedSha,
          outcome);
    }
  }

  /** Comments posted at {@code head}; one already on record (a rerun) is left as it is. */
  public void posted(
      String repository, int prNumber, String head, Collection<CommentFeedback.Posted> posted) {
    long now = clock.millis();
    for (CommentFeedback.Posted comment : posted) {
      try {
        // not in a transaction: on PostgreSQL a duplicate key would abort it
        jdbc.update(
            "INSERT INTO comment_feedback (repository, pr_number, rule_id, fingerprint, head_sha, path,"
                + " thumbs_up, thumbs_down, replies, thread_resolved, outcome, posted_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, FALSE, 'OPEN', ?, ?)",
            repository,
            prNumber,
            comment.ruleId(),
            comment.fingerprint(),
            head,
            comment.path(),
            now,
            now);
        observer.posted(comment.ruleId());
      } catch (DuplicateKeyException alreadyRecorded) {
        // the same comment recorded by an earlier try of this review
      }
    }
  }

  /**
   * What a review read back about the bot's earlier comments: reactions and replies as counted now,
   * the head their findings were gone at, and the comment id.
   */
  public void observed(String repository, int prNumber, Collection<CommentFeedback.Earlier> read) {
    for (CommentFeedback.Earlier comment : read) {
      List<Transition> changed =
          tx.execute(
              status ->
                  update(
                      repository,
                      prNumber,
                      comment.commentId(),
                      comment.fingerprints(),
                      row ->
                          new Row(
                              row.id(),
                              row.ruleId(),
                              comment.commentId(),
                              comment.thumbsUp(),
                              comment.thumbsDown(),
                              comment.replies(),
                              row.threadResolved(),
                              row.fixedSha() != null
                                  ? row.fixedSha()
                                  : comment.fixedIn().orElse(null),
                              row.outcome())));
      announce(changed);
    }
  }

  /**
   * A {@code pull_request_review_thread} delivery: the thread whose first comment is {@code
   * commentId} (carrying {@code fingerprints}) was resolved or unresolved. False for a redelivery.
   */
  public boolean threadChanged(
      Delivery delivery,
      String repository,
      int prNumber,
      long commentId,
      List<String> fingerprints,
      boolean resolved) {
    return onDelivery(
        delivery,
        () ->
            update(
                repository,
                prNumber,
                commentId,
                fingerprints,
                row -> row.withThread(commentId, resolved)));
  }

  /** A person replied to comment {@code parentId}. False for a redelivery. */
  public boolean replied(Delivery delivery, String repository, int prNumber, long parentId) {
    return onDelivery(
        delivery, () -> update(repository, prNumber, parentId, List.of(), Row::withReply));
  }

  /** The pull request was closed or merged: its comments' outcomes are final. */
  public void closed(String repository, int prNumber) {
    jdbc.update(
        "UPDATE comment_feedback SET closed_at = ? WHERE repository = ? AND pr_number = ? AND closed_at IS NULL",
        clock.millis(),
        repository,
        prNumber);
  }

  /** Fingerprints somebody marked 👎 on this pull request: never commented on again there. */
  public Set<String> notUseful(String repository, int prNumber) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT fingerprint FROM comment_feedback WHERE repository = ? AND pr_number = ? AND thumbs_down > 0",
            String.class,
            repository,
            prNumber));
  }

  /** Per rule, what became of its comments in {@code repository}; every repository if null. */
  public List<RuleStats> stats(String repository) {
    String where = repository == null ? "" : " WHERE repository = ?";
    Object[] args = repository == null ? new Object[0] : new Object[] {repository};
    return jdbc.query(
        "SELECT repository, rule_id, COUNT(*) AS posted,"
            + " SUM(CASE WHEN outcome = 'OPEN' THEN 1 ELSE 0 END) AS open_count,"
            + " SUM(CASE WHEN outcome = 'FIXED' THEN 1 ELSE 0 END) AS fixed,"
            + " SUM(CASE WHEN outcome = 'DISMISSED' THEN 1 ELSE 0 END) AS dismissed,"
            + " SUM(CASE WHEN outcome = 'NOT_USEFUL' THEN 1 ELSE 0 END) AS not_useful"
            + " FROM comment_feedback"
            + where
            + " GROUP BY repository, rule_id ORDER BY repository, rule_id",
        (rs, n) ->
            new RuleStats(
                rs.getString("repository"),
                rs.getString("rule_id"),
                rs.getInt("posted"),
                rs.getInt("open_count"),
                rs.getInt("fixed"),
                rs.getInt("dismissed"),
                rs.getInt("not_useful")),
        args);
  }

  private boolean onDelivery(
      Delivery delivery, java.util.function.Supplier<List<Transition>> work) {
    Optional<List<Transition>> changed =
        Optional.ofNullable(
            tx.execute(
                status -> {
                  if (!deliveries.insert(delivery, null, "RECORDED")) {
                    status.setRollbackOnly();
                    return null;
                  }
                  return work.get();
                }));
    changed.ifPresent(this::announce);
    return changed.isPresent();
  }

  /**
   * Locks the rows of the comment (by id, or by fingerprint while its id is not known yet), applies
   * {@code change} and stores the result with the outcome derived again; returns what changed
   * outcome.
   */
  private List<Transition> update(
      String repository,
      int prNumber,
      long commentId,
      List<String> fingerprints,
      UnaryOperator<Row> change) {
    List<Transition> transitions = new ArrayList<>();
    long now = clock.millis();
    for (Row row : lock(repository, prNumber, commentId, fingerprints)) {
      Row next = change.apply(row);
      Outcome outcome = next.derived();
      if (next.equals(row) && outcome == row.outcome()) {
        continue;
      }
      store(row.id(), next, outcome, outcome != row.outcome() ? now : null, now);
      if (outcome != row.outcome()) {
        transitions.add(new Transition(row.ruleId(), outcome));
      }
    }
    return transitions;
  }

  /** The comment's rows, locked: by id, or by fingerprint while its id is not known yet. */
  private List<Row> lock(
      String repository, int prNumber, long commentId, List<String> fingerprints) {
    List<Object> args = new ArrayList<>(List.of(repository, prNumber, commentId));
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + COLUMNS
                + " FROM comment_feedback WHERE repository = ? AND pr_number = ? AND (comment_id = ?");
    if (!fingerprints.isEmpty()) {
      sql.append(" OR (comment_id IS NULL AND fingerprint IN (")
          .append(String.join(", ", java.util.Collections.nCopies(fingerprints.size(), "?")))
          .append("))");
      args.addAll(fingerprints);
    }
    sql.append(") ORDER BY id FOR UPDATE");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  /**
   * @param outcomeAt when the outcome changed; {@code null} keeps the time of the last change
   */
  private void store(long id, Row next, Outcome outcome, Long outcomeAt, long now) {
    jdbc.update(
        "UPDATE comment_feedback SET comment_id = ?, thumbs_up = ?, thumbs_down = ?, replies = ?,"
            + " thread_resolved = ?, fixed_sha = ?, outcome = ?,"
            + " outcome_at = COALESCE(CAST(? AS BIGINT), outcome_at), updated_at = ? WHERE id = ?",
        next.commentId(),
        next.thumbsUp(),
        next.thumbsDown(),
        next.replies(),
        next.threadResolved(),
        next.fixedSha(),
        outcome.name(),
        outcomeAt,
        now,
        id);
  }

  private void announce(List<Transition> transitions) {
    if (transitions != null) {
      transitions.forEach(t -> observer.outcome(t.ruleId(), t.outcome()));
    }
  }

  private record Transition(String ruleId, Outcome outcome) {}
}
