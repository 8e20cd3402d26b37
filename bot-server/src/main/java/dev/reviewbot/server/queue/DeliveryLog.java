package dev.reviewbot.server.queue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code webhook_delivery} table: one row per delivery id. Called inside the caller's
 * transaction, so the delivery and what it changed commit together or not at all.
 */
public final class DeliveryLog {
  private final JdbcTemplate jdbc;

  public DeliveryLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the delivery with what it did. False when its id is already stored: a redelivery. The
   * caller must then roll back (on PostgreSQL the failed insert has aborted the transaction).
   */
  public boolean insert(Delivery delivery, ReviewRequest request, String outcome) {
    try {
      jdbc.update(
          "INSERT INTO webhook_delivery (delivery_id, event, action, repository, pr_number, head_sha, outcome, received_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          delivery.id(),
          delivery.event(),
          delivery.action(),
          request == null ? null : request.repository(),
          request == null ? null : request.prNumber(),
          request == null ? null : request.headSha(),
          outcome,
          delivery.receivedAt().toEpochMilli());
      return true;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }
}
