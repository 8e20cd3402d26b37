package dev.reviewbot.server.installation;

import dev.reviewbot.server.queue.Delivery;
import dev.reviewbot.server.queue.DeliveryLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookkeeping of the App's installations and the repositories each covers, kept from {@code
 * installation} and {@code installation_repositories} events. Reviews do not depend on it (a pull
 * request event carries its installation id); it answers "where is the App installed".
 */
public final class InstallationStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final DeliveryLog deliveries;
  private final Clock clock;

  public InstallationStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.deliveries = new DeliveryLog(jdbc);
    this.clock = clock;
  }

  /** Applies the change unless the delivery was seen before; false for a redelivery. */
  public boolean apply(InstallationChange change, Delivery delivery) {
    Boolean applied =
        tx.execute(
            status -> {
              if (!deliveries.insert(delivery, null, "RECORDED")) {
                status.setRollbackOnly();
                return false;
              }
              write(change);
              return true;
            });
    return Boolean.TRUE.equals(applied);
  }

  private void write(InstallationChange change) {
    long now = clock.millis();
    long id = change.installationId();
    if (change.status() != null) {
      int updated =
          jdbc.update(
              "UPDATE app_installation SET account_login = ?, account_type = ?, repository_selection = ?,"
                  + " status = ?, updated_at = ? WHERE installation_id = ?",
              change.accountLogin(),
              change.accountType(),
              change.repositorySelection(),
              change.status().name(),
              now,
              id);
      if (updated == 0) {
        jdbc.update(
            "INSERT INTO app_installation (installation_id, account_login, account_type, repository_selection, status, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            id,
            change.accountLogin(),
            change.accountType(),
            change.repositorySelection(),
            change.status().name(),
            now);
      }
      if (change.status() == InstallationChange.Status.DELETED) {
        jdbc.update("DELETE FROM app_installation_repository WHERE installation_id = ?", id);
      }
    } else if (jdbc.update(
            "UPDATE app_installation SET updated_at = ? WHERE installation_id = ?", now, id)
        == 0) {
      jdbc.update(
          "INSERT INTO app_installation (installation_id, account_login, account_type, repository_selection, status, updated_at)"
              + " VALUES (?, ?, ?, ?, 'ACTIVE', ?)",
          id,
          change.accountLogin(),
          change.accountType(),
          change.repositorySelection(),
          now);
    }
    for (String repository : change.repositoriesRemoved()) {
      jdbc.update(
          "DELETE FROM app_installation_repository WHERE installation_id = ? AND repository = ?",
          id,
          repository);
    }
    for (String repository : change.repositoriesAdded()) {
      Integer present =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM app_installation_repository WHERE installation_id = ? AND repository = ?",
              Integer.class,
              id,
              repository);
      if (present == null || present == 0) {
        jdbc.update(
            "INSERT INTO app_installation_repository (installation_id, repository, added_at) VALUES (?, ?, ?)",
            id,
            repository,
            now);
      }
    }
  }

  /** The installation covering {@code repository}, if an event told us about it. */
  public Optional<Long> installationFor(String repository) {
    List<Long> ids =
        jdbc.queryForList(
            "SELECT r.installation_id FROM app_installation_repository r JOIN app_installation i"
                + " ON i.installation_id = r.installation_id WHERE r.repository = ? AND i.status = 'ACTIVE'",
            Long.class,
            repository);
    return ids.stream().findFirst();
  }

  /** The installation's status, if known. */
  public Optional<InstallationChange.Status> status(long installationId) {
    return jdbc
        .queryForList(
            "SELECT status FROM app_installation WHERE installation_id = ?",
            String.class,
            installationId)
        .stream()
        .findFirst()
        .map(InstallationChange.Status::valueOf);
  }
}
