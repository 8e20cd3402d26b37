package dev.reviewbot.server.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Refuses to start on a database the queue's SQL was not written for. */
public final class DatabaseCheck {
  private DatabaseCheck() {}

  /** @throws IllegalStateException naming {@code reviewbot.database.url} when the database is not H2 or PostgreSQL */
  public static String requireSupported(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      String normalized = product.toLowerCase(Locale.ROOT);
      if (!normalized.contains("h2") && !normalized.contains("postgresql")) {
        throw new IllegalStateException("reviewbot.database.url points at " + product + "; supported are PostgreSQL and H2");
      }
      return product;
    } catch (SQLException e) {
      throw new IllegalStateException("reviewbot.database.url: cannot connect (" + e.getMessage() + ")", e);
    }
  }
}
