package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notices travel in review bundles: a plain one is written as before the advisory flag, an advisory
 * one keeps it.
 */
class NoticeJsonTest {
  // as strict as the bundle's reader
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  @ParameterizedTest(name = "advisory: {0}")
  @CsvSource({"false, false", "true, true"})
  void roundTripsAndWritesTheFlagOnlyWhenSet(boolean advisory, boolean written) throws Exception {
    Notice notice = new Notice("src/A.java", 3, 0, "m", advisory);

    String json = JSON.writeValueAsString(notice);

    assertThat(json.contains("advisory")).isEqualTo(written);
    assertThat(JSON.readValue(json, Notice.class)).isEqualTo(notice);
    assertThat(JSON.readValue(json, Notice.class).advisoryNotice()).isEqualTo(advisory);
  }
}
