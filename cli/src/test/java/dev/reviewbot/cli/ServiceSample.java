package dev.reviewbot.cli;

/**
 * A class and a change to it that adds a public mutable static (line 9) and a seven-parameter
 * method (line 11) whose four statements are enough behaviour for untested-change to note that no
 * test changed.
 */
final class ServiceSample {
  static final String PATH = "src/main/java/com/acme/Service.java";
  static final String BASE =
      """
      package com.acme;

      public class Service {
        static int counter = 0;

        public int size() {
          return counter;
        }
      }
      """;

  /** Line 7 ({@code counter}) is untouched; lines 9 and 11 are added. */
  static final String HEAD =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;

      public class Service {
        static int counter = 0;

        public static List<String> CACHE = new ArrayList<>();

        public void configure(String host, int port, long timeoutMillis, double ratio, char mode, byte flags, short retries) {
          String target = host + ":" + port;
          long budget = timeoutMillis * retries;
          int bits = flags + mode;
          if (target.isEmpty() || budget < 0 || bits < 0 || ratio < 0) {
            return;
          }
        }

        public int size() {
          return counter;
        }
      }
      """;

  private ServiceSample() {}
}
