package dev.reviewbot.api;

/**
 * A rule that looks at parsed Java files. It declares the node kinds it wants in {@link
 * #subscribe}; the engine walks each file once and calls the handlers in source order.
 */
public non-sealed interface JavaRule extends Rule {
  void subscribe(Subscriptions subscriptions);
}
