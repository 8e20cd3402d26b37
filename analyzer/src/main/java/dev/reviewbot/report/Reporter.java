package dev.reviewbot.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one report format. Reporters are stateless and deterministic: the same input gives the
 * same bytes (no clocks, no map iteration order, {@code \n} line ends). They never close {@code
 * out}; they flush it.
 */
public interface Reporter {
  void write(ReportInput input, Writer out) throws IOException;
}
