package dev.reviewbot.action.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reviewbot.testdata.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The SARIF 2.1.0 schema of the test data ({@link TestData}), checked as the analyzer's
 * SarifReporterTest checks it.
 */
public final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** The schema's complaints about {@code sarif}, each as "location message"; empty when valid. */
  public static List<String> errors(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .toList();
  }

  private static Schema load() {
    try (InputStream in = Files.newInputStream(TestData.file("formats/sarif-schema-2.1.0.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
