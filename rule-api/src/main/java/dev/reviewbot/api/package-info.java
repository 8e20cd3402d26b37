/**
 * The rule API: everything a rule author compiles against.
 *
 * <p>A rule is a small final class annotated with {@link dev.reviewbot.api.RuleInfo}. A
 * {@link dev.reviewbot.api.JavaRule} subscribes to the AST node kinds it wants and the engine
 * walks each parsed file once, calling the subscribed handlers; a
 * {@link dev.reviewbot.api.ChangeRule} looks at the change as a whole (its size, which files it
 * touches). Rules report through their context; they never build {@link dev.reviewbot.api.Finding}s
 * themselves, so location, severity, suppression and fingerprints stay consistent.
 *
 * <p>Stability: types in this package are stable unless marked {@link dev.reviewbot.api.Experimental}.
 */
package dev.reviewbot.api;
