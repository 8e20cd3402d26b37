package dev.reviewbot.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Inputs for the fuzz tests: the committed seed corpus of a target
 * ({@code src/test/resources/fuzz/<target>/}), each seed as it is and mutated by a few
 * {@link Mutation}s, some with tokens from the target's dictionary ({@code <target>.dict}, one
 * token a line, {@code \n}, {@code \r}, {@code \t} and {@code \xNN} escapes).
 */
public final class FuzzInputs {
  private final List<byte[]> seeds;
  private final List<byte[]> tokens;

  private FuzzInputs(List<byte[]> seeds, List<byte[]> tokens) {
    this.seeds = seeds;
    this.tokens = tokens;
  }

  public static FuzzInputs of(String target) {
    Path dir = resource("fuzz/" + target);
    Path dictionary = dir.resolveSibling(target + ".dict");
    try (Stream<Path> files = Files.list(dir)) {
      List<byte[]> seeds = files.sorted().map(FuzzInputs::bytes).toList();
      if (seeds.isEmpty()) {
        throw new IllegalStateException("no seeds in " + dir);
      }
      List<byte[]> tokens = Files.exists(dictionary)
          ? Files.readAllLines(dictionary, StandardCharsets.UTF_8).stream()
              .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(FuzzInputs::unescape).toList()
          : List.of();
      return new FuzzInputs(seeds, tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Seeds, each with up to eight mutations, mostly few (every mutation tends to break the input early;
   * none: the seed itself, so the corpus always runs).
   */
  public Arbitrary<byte[]> bytes() {
    Arbitrary<Mutation> mutation = Combinators.combine(
        Arbitraries.of(Mutation.Kind.class),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, seeds.size() - 1))
        .as(Mutation::new);
    return Combinators.combine(Arbitraries.integers().between(0, seeds.size() - 1), mutation.list().ofMaxSize(8).withSizeDistribution(RandomDistribution.biased()))
        .as((seed, mutations) -> {
          byte[] input = seeds.get(seed);
          for (Mutation each : mutations) {
            input = each.apply(input, tokens, seeds);
          }
          return input;
        });
  }

  /** {@link #bytes()} read as UTF-8 (malformed bytes become U+FFFD, as a reader of text would see them). */
  public Arbitrary<String> text() {
    return bytes().map(input -> new String(input, StandardCharsets.UTF_8));
  }

  private static Path resource(String name) {
    URL url = FuzzInputs.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] unescape(String token) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\\' && i + 1 < token.length()) {
        char next = token.charAt(++i);
        switch (next) {
          case 'n' -> out.write('\n');
          case 'r' -> out.write('\r');
          case 't' -> out.write('\t');
          case 'x' -> {
            out.write(Integer.parseInt(token.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> out.write(next);
        }
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
      }
    }
    return out.toByteArray();
  }
}
