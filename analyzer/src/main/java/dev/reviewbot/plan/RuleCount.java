package dev.reviewbot.plan;

import dev.reviewbot.api.Severity;

/** How many shown findings one rule produced at one severity. */
public record RuleCount(String ruleId, Severity severity, int count) {}
