package dev.reviewbot.config;

import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import dev.reviewbot.registry.RuleRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated {@code .reviewbot.yml} files: loaded, or refused with a {@link ConfigException} naming
 * the file.
 */
class ConfigLoaderFuzzTest {
  private static final FuzzInputs CONFIGS = FuzzInputs.of("reviewbot-yml");

  private final ConfigLoader loader =
      new ConfigLoader(
          RuleRegistry.ofClasses(
              ConfigLoaderTest.ArgumentCount.class, ConfigLoaderTest.SharedState.class));

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aSeedIsLoadedOrRefusedWithFileAndProblem(String yaml) {
    isLoadedOrRefusedWithFileAndProblem(yaml);
  }

  @Test
  void aMutatedConfigIsLoadedOrRefusedWithFileAndProblem() {
    CONFIGS.forEachMutantText(this::isLoadedOrRefusedWithFileAndProblem);
  }

  private void isLoadedOrRefusedWithFileAndProblem(String yaml) {
    Outcome.of(() -> loader.parse(yaml, ".reviewbot.yml"))
        .isSuccessOr(
            ConfigException.class,
            message -> message.matches("(?s)\\.reviewbot\\.yml(:[1-9][0-9]*)?: .+"));
  }

  static Stream<Named<String>> seeds() {
    return CONFIGS.seedTexts();
  }
}
