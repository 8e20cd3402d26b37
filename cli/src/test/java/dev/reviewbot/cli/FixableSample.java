package dev.reviewbot.cli;

import java.util.Map;

/**
 * A change with findings of five rules that come with fixes (interrupt-handling, error-handling
 * twice, locale-case, leftover-code, shared-mutable-state), and the exact code the fixes make of
 * it.
 */
final class FixableSample {
  static final String WORKER = "src/main/java/com/acme/Worker.java";
  static final String STORE = "src/main/java/com/acme/Store.java";

  static final Map<String, String> BASE =
      Map.of(
          STORE,
          """
          package com.acme;

          import java.io.IOException;

          interface Store {
            void write() throws IOException;

            void read() throws IOException;

            String name();
          }
          """,
          WORKER,
          """
          package com.acme;

          import java.io.IOException;
          import java.util.logging.Logger;

          public class Worker {
            private static final Logger LOG = Logger.getLogger("worker");
          }
          """);

  static final String HEAD_WORKER =
      """
      package com.acme;

      import java.io.IOException;
      import java.util.logging.Logger;

      public class Worker {
        private static final Logger LOG = Logger.getLogger("worker");
        private static int retries = 3;

        public void pause(long millis) {
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            LOG.info("pause cut short");
          }
        }

        public void save(Store store) {
          try {
            store.write();
          } catch (IOException e) {
            throw new IllegalStateException("cannot save " + store.name());
          }
        }

        public void load(Store store) {
          try {
            store.read();
          } catch (IOException e) {
            e.printStackTrace();
          }
        }

        public boolean onWindows(String os) {
          return os.toLowerCase().equals("windows");
        }

        public int retries() {
          if (false) {
            LOG.info("retries " + retries);
          }
          return retries;
        }
      }
      """;

  static final String FIXED_WORKER =
      """
      package com.acme;

      import java.io.IOException;
      import java.util.logging.Level;
      import java.util.Locale;
      import java.util.logging.Logger;

      public class Worker {
        private static final Logger LOG = Logger.getLogger("worker");
        private static final int retries = 3;

        public void pause(long millis) {
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("pause cut short");
          }
        }

        public void save(Store store) {
          try {
            store.write();
          } catch (IOException e) {
            throw new IllegalStateException("cannot save " + store.name(), e);
          }
        }

        public void load(Store store) {
          try {
            store.read();
          } catch (IOException e) {
            LOG.log(Level.SEVERE, "Unexpected exception", e);
          }
        }

        public boolean onWindows(String os) {
          return os.toLowerCase(Locale.ROOT).equals("windows");
        }

        public int retries() {
          return retries;
        }
      }
      """;

  /** The rules whose findings the fixes resolve. */
  static final java.util.List<String> FIXED_RULES =
      java.util.List.of(
          "interrupt-handling",
          "error-handling",
          "locale-case",
          "leftover-code",
          "shared-mutable-state");

  private FixableSample() {}
}
