/**
 * The rule API: everything a rule author compiles against.
 *
 * <p>A rule is a small final class annotated with {@link dev.reviewbot.api.RuleInfo}. A {@link
 * dev.reviewbot.api.JavaRule} subscribes to the AST node kinds it wants and the engine walks each
 * parsed file once, calling the subscribed handlers; a {@link dev.reviewbot.api.ChangeRule} looks
 * at the change as a whole (its size, which files it touches). Rules report through their context;
 * they never build {@link dev.reviewbot.api.Finding}s themselves, so location, severity,
 * suppression and fingerprints stay consistent.
 *
 * <h2>Stability</h2>
 *
 * Everything public here is stable unless marked {@link dev.reviewbot.api.Experimental}: a stable
 * element keeps its signature and meaning across minor releases (new methods arrive with default
 * implementations; nothing is removed or changed), so a plugin built against one minor version runs
 * on the next. Experimental elements (today the change-level API: {@link
 * dev.reviewbot.api.ChangeRule}, {@link dev.reviewbot.api.ChangeContext}, {@link
 * dev.reviewbot.api.ChangedFileSummary}, and fixes: {@link dev.reviewbot.api.Fix}, {@link
 * dev.reviewbot.api.Edit}) may change in a minor release. A test compares the public signatures
 * with a committed snapshot, so neither kind changes by accident.
 *
 * <h2>Writing a rule</h2>
 *
 * Compile against {@code dev.reviewbot:reviewbot-rule-api} in {@code provided} scope (the engine
 * supplies it, and JavaParser with it, at run time), test with {@code reviewbot-testkit}, list the
 * rule class in {@code META-INF/services/dev.reviewbot.api.Rule}, and load the jar with {@code
 * reviewbot check --plugin house-rules.jar} or {@code plugins:} in {@code .reviewbot.yml}. {@code
 * rule-docs/writing-a-rule.md} walks through it end to end.
 */
package dev.reviewbot.api;
