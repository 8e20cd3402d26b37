package dev.reviewbot.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Inputs for the fuzz tests: the committed seed corpus of a target ({@code
 * src/test/resources/fuzz/<target>/}), each seed as it is ({@link #seeds()}, for a parameterized
 * test) and mutated by a few {@link Mutation}s, some with tokens from the target's dictionary
 * ({@code <target>.dict}, one token a line, {@code \n}, {@code \r}, {@code \t} and {@code \xNN}
 * escapes), in {@link Tries} ({@link #forEachMutant}).
 */
public final class FuzzInputs {
  /** At most this many mutations of a seed. */
  private static final int MAX_MUTATIONS = 8;

  private final String target;
  private final List<String> names;
  private final List<byte[]> seeds;
  private final List<byte[]> tokens;

  private FuzzInputs(String target, List<String> names, List<byte[]> seeds, List<byte[]> tokens) {
    this.target = target;
    this.names = names;
    this.seeds = seeds;
    this.tokens = tokens;
  }

  public static FuzzInputs of(String target) {
    Path dir = resource("fuzz/" + target);
    Path dictionary = dir.resolveSibling(target + ".dict");
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files = listing.sorted().toList();
      List<byte[]> seeds = files.stream().map(FuzzInputs::bytes).toList();
      if (seeds.isEmpty()) {
        throw new IllegalStateException("no seeds in " + dir);
      }
      List<byte[]> tokens =
          Files.exists(dictionary)
              ? Files.readAllLines(dictionary, StandardCharsets.UTF_8).stream()
                  .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                  .map(FuzzInputs::unescape)
                  .toList()
              : List.of();
      return new FuzzInputs(
          target,
          files.stream().map(file -> file.getFileName().toString()).toList(),
          seeds,
          tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus, each seed named by its file. */
  public Stream<Named<byte[]>> seeds() {
    return IntStream.range(0, seeds.size()).mapToObj(i -> Named.of(names.get(i), seeds.get(i)));
  }

  /**
   * {@link #seeds()} read as UTF-8 (malformed bytes become U+FFFD, as a reader of text would see
   * them).
   */
  public Stream<Named<String>> seedTexts() {
    return seeds().map(seed -> Named.of(seed.getName(), text(seed.getPayload())));
  }

  /**
   * Runs {@code property} on one mutant per try (see {@link Tries}): a seed with one to eight
   * mutations, mostly few (every mutation tends to break the input early; the seeds themselves run
   * in {@link #seeds()}). A failure names the seed and try, the seed file and mutations, and the
   * input, also written whole to {@code target/fuzz-failures/}.
   */
  public void forEachMutant(Tries.Property<byte[]> property) {
    Tries.check(this::mutant, Mutant::smaller, this::show, mutant -> property.check(apply(mutant)));
  }

  /** {@link #forEachMutant} with the mutant read as UTF-8, as {@link #seedTexts()}. */
  public void forEachMutantText(Tries.Property<String> property) {
    forEachMutant(input -> property.check(text(input)));
  }

  private Mutant mutant(SplittableRandom random) {
    int seed = random.nextInt(seeds.size());
    // biased toward few: one in about a third of the tries, eight in one of 16
    double u = random.nextDouble();
    int count = 1 + (int) (MAX_MUTATIONS * u * u);
    List<Mutation> mutations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      mutations.add(
          new Mutation(
              Mutation.Kind.values()[random.nextInt(Mutation.Kind.values().length)],
              fraction(random),
              fraction(random),
              tokenIndex(random),
              random.nextInt(seeds.size())));
    }
    return new Mutant(seed, List.copyOf(mutations));
  }

  /**
   * A position or length: now and then exactly 0 or 1 (the first byte, the very end), as edge
   * cases.
   */
  private static double fraction(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> 0.0;
      case 1 -> 1.0;
      default -> random.nextDouble();
    };
  }

  private static int tokenIndex(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> 0;
      case 1 -> 10_000;
      default -> random.nextInt(10_001);
    };
  }

  private byte[] apply(Mutant mutant) {
    byte[] input = seeds.get(mutant.seed());
    for (Mutation each : mutant.mutations()) {
      input = each.apply(input, tokens, seeds);
    }
    return input;
  }

  private String show(Mutant mutant) {
    byte[] input = apply(mutant);
    String saved;
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      Path file = dir.resolve(target + "-" + Integer.toHexString(mutant.hashCode()));
      Files.write(file, input);
      saved = file.toAbsolutePath().toString();
    } catch (IOException e) {
      saved = "not saved: " + e;
    }
    return names.get(mutant.seed())
        + " with "
        + mutant.mutations()
        + ", "
        + input.length
        + " bytes ("
        + saved
        + "): "
        + escaped(input, 2000);
  }

  /**
   * The input as a person reads it: printable ASCII as it is, line breaks as escapes, other bytes
   * as hex.
   */
  private static String escaped(byte[] input, int max) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(input.length, max); i++) {
      int b = input[i] & 0xff;
      switch (b) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"', '\\' -> out.append('\\').append((char) b);
        default -> {
          if (b >= 0x20 && b < 0x7f) {
            out.append((char) b);
          } else {
            out.append(String.format("\\x%02x", b));
          }
        }
      }
    }
    return out.append(input.length > max ? "\"..." : "\"").toString();
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
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
