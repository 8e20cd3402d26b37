package dev.reviewbot.config;

import dev.reviewbot.engine.RuleRegistry;
import dev.reviewbot.fuzz.FuzzInputs;
import dev.reviewbot.fuzz.Outcome;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated {@code .reviewbot.yml} files: loaded, or refused with a {@link ConfigException} naming the file. */
class ConfigLoaderFuzzTest {
  private final ConfigLoader loader =
      new ConfigLoader(RuleRegistry.ofClasses(ConfigLoaderTest.ArgumentCount.class, ConfigLoaderTest.SharedState.class));

  @Property
  void aMutatedConfigIsLoadedOrRefusedWithFileAndProblem(@ForAll("configs") String yaml) {
    Outcome.of(() -> loader.parse(yaml, ".reviewbot.yml"))
        .isSuccessOr(ConfigException.class, message -> message.matches("(?s)\\.reviewbot\\.yml(:[1-9][0-9]*)?: .+"));
  }

  @Provide
  Arbitrary<String> configs() {
    return FuzzInputs.of("reviewbot-yml").text();
  }
}
