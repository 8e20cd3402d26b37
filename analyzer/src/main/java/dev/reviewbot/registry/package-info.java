/**
 * The rules a run knows: {@link dev.reviewbot.registry.RuleDescriptor} and {@link
 * dev.reviewbot.registry.RuleRegistry}. They depend on the rule API only, so configuration (which
 * checks rule ids and options), plugin loading and the engine (which runs the rules) can all name
 * rules without depending on each other.
 */
package dev.reviewbot.registry;
