package dev.reviewbot.server.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The two databases the queue runs on: an H2 file database (the embedded default) and a real
 * PostgreSQL 14 started from the binaries io.zonky ships, once per JVM.
 */
public final class Databases {
  private static EmbeddedPostgres postgres;
  private static int schemas;

  private Databases() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is going away; the temp directory is cleaned by the OS
                    }
                  }));
    }
    return postgres;
  }

  /** A fresh, empty PostgreSQL database, migrated; returns its JDBC URL. */
  public static synchronized String freshPostgresUrl() {
    String name = "reviewbot_" + (++schemas);
    try (var connection = postgres().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  /**
   * Pooled, like the service's own: a new PostgreSQL connection per statement would cost a process
   * fork.
   */
  public static DataSource postgresDataSource(String url) {
    return pooled(url, "postgres");
  }

  public static DataSource freshH2() {
    try {
      Path dir = Files.createTempDirectory("reviewbot-h2");
      return pooled(
          "jdbc:h2:file:" + dir.resolve("reviewbot") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0", "sa");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DataSource pooled(String url, String user) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername(user);
    ds.setMaximumPoolSize(6);
    return ds;
  }

  public static DataSource migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).load().migrate();
    return dataSource;
  }
}
