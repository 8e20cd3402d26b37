package dev.reviewbot.cli;

/** A small class and its change, shared by the coverage tests of the CLI and of the Action. */
final class PricingSample {
  private PricingSample() {}

  static final String BASE =
      """
      package com.acme;

      public final class Pricing {
        public long gross(long unit, int quantity) {
          return unit * quantity;
        }
      }
      """;

  /** Lines 8-14 are new. */
  static final String HEAD =
      """
      package com.acme;

      public final class Pricing {
        public long gross(long unit, int quantity) {
          return unit * quantity;
        }

        public long discounted(long unit, int quantity) {
          long gross = gross(unit, quantity);
          if (quantity >= 10) {
            return gross - gross / 10;
          }
          return gross;
        }
      }
      """;
}
