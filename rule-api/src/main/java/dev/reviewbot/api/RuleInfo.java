package dev.reviewbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, in one place. Every rule class carries exactly one.
 *
 * <pre>{@code
 * @RuleInfo(id = "argument-count", summary = "Too many parameters",
 *     severity = Severity.WARNING, tags = {"api", "readability"}, since = "0.1")
 * public final class ArgumentCountRule implements JavaRule { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /**
   * Unique, lower-case, dash-separated id, e.g. {@code argument-count}. Used in config and
   * suppressions.
   */
  String id();

  /** One line saying what the rule finds. */
  String summary();

  /** Severity unless the configuration says otherwise. */
  Severity severity() default Severity.WARNING;

  /** Free-form tags, e.g. {@code api}, {@code testing}. */
  String[] tags() default {};

  /** The reviewbot version that introduced the rule. */
  String since();

  /**
   * Where the rule's findings go unless a report says otherwise ({@link Report#inSummary()}) or the
   * configuration moves the rule ({@code channel:}).
   */
  Channel channel() default Channel.INLINE;

  /** What the rule does on test code unless the configuration says otherwise. */
  TestCodePolicy testCode() default TestCodePolicy.LOWER;
}
