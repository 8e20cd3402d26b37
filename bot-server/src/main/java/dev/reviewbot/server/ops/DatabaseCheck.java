package dev.reviewbot.server.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Refuses to start on a database the queue's SQL was not written for. */
public final class DatabaseCheck {
  private DatabaseCheck() {}

  /**
   * True for the embedded H2 file database: its file is locked by the process that opened it, so no
   * other instance shares the queue. H2 in server or auto-server mode is shared like PostgreSQL.
   *
   * @param url {@code reviewbot.database.url}; empty means the embedded default
   */
  public static boolean onlyThisProcessCanOpen(String url) {
    if (url == null || url.isBlank()) {
      return true;
    }
    String normalized = url.toLowerCase(Locale.ROOT);
    return (normalized.startsWith("jdbc:h2:file:") || normalized.startsWith("jdbc:h2:mem:"))
        && !normalized.contains("auto_server=true");
  }

  /**
   * @throws IllegalStateException naming {@code reviewbot.database.url} when the database is not H2
   *     or PostgreSQL
   */
  public static String requireSupported(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      String normalized = product.toLowerCase(Locale.ROOT);
      if (!normalized.contains("h2") && !normalized.contains("postgresql")) {
        throw new IllegalStateException(
            "reviewbot.database.url points at " + product + "; supported are PostgreSQL and H2");
      }
      return product;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reviewbot.database.url: cannot connect (" + e.getMessage() + ")", e);
    }
  }
}
