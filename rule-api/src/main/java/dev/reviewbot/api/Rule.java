package dev.reviewbot.api;

/**
 * Common supertype of {@link JavaRule} and {@link ChangeRule}. Implementations need a public
 * no-argument constructor and a {@link RuleInfo} annotation. The engine creates a fresh instance
 * for every file (or change) it checks, so a rule may keep per-file state in fields.
 */
public sealed interface Rule permits JavaRule, ChangeRule {}
