package dev.reviewbot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A seed of the corpus (its index) and the mutations applied to it, in order. */
record Mutant(int seed, List<Mutation> mutations) {

  /** The same seed with one mutation fewer, each in turn: what a failing mutant shrinks to. */
  Stream<Mutant> smaller() {
    return IntStream.range(0, mutations.size())
        .mapToObj(
            drop -> {
              List<Mutation> fewer = new ArrayList<>(mutations);
              fewer.remove(drop);
              return new Mutant(seed, List.copyOf(fewer));
            });
  }
}
