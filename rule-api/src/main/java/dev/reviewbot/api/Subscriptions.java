package dev.reviewbot.api;

import com.github.javaparser.ast.Node;
import java.util.function.Consumer;

/** Where a {@link JavaRule} says which nodes it wants to see. */
public interface Subscriptions {
  /**
   * Calls {@code handler} for every node that is an instance of {@code kind} (subclasses included,
   * so {@code TypeDeclaration.class} sees classes, records, enums and annotations).
   */
  <N extends Node> void on(Class<N> kind, NodeHandler<N> handler);

  /** Calls {@code handler} once after the whole file has been walked. */
  void onFileEnd(Consumer<RuleContext> handler);
}
