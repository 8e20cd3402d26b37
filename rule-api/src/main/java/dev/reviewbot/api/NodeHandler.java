package dev.reviewbot.api;

import com.github.javaparser.ast.Node;

/** Called for each node of the subscribed kind. */
@FunctionalInterface
public interface NodeHandler<N extends Node> {
  void visit(N node, RuleContext context);
}
