package dev.reviewbot.declared;

import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.declared.internal.DeclaredRuleInfo;
import dev.reviewbot.registry.RuleDescriptor;

/**
 * Rules declared in {@code .reviewbot.yml}, for the common simple cases that need no Java:
 *
 * <pre>{@code
 * banned:
 *   - id: no-java-util-date
 *     message: Use java.time instead of java.util.Date
 *     severity: warning
 *     types: [java.util.Date]            # any use of the type
 *     constructors: [java.util.Vector]   # new X(..), X::new
 *     methods: [java.lang.System#exit]   # calls and method references, by owner#name
 *     imports: ["sun.misc.*"]            # import statements: a name, or a package and all below
 *     annotations: [lombok.Data]
 *     paths: ["src/main/**"]             # optional: only files matching a glob
 * }</pre>
 *
 * <p>Each entry becomes a rule with its own id and origin the configuration file, so settings under
 * {@code rules:}, suppressions, fingerprints, filter modes and reporters work as for any rule. A
 * ban applies to test code at the same severity (a team's ban is a team's ban); set {@code
 * rules.<id>.tests} to change that.
 */
public final class DeclaredRules {
  private DeclaredRules() {}

  /** The rule of one ban; {@code origin} is the file that declares it. */
  public static RuleDescriptor descriptor(Ban ban, String origin) {
    DeclaredRuleInfo info =
        new DeclaredRuleInfo(
            ban.id(),
            ban.message(),
            ban.severity(),
            new String[] {"banned"},
            "config",
            TestCodePolicy.SAME);
    return RuleDescriptor.declared(info, BannedRule.class, origin, () -> new BannedRule(ban));
  }
}
