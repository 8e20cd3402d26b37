package dev.reviewbot.report;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.baseline.BaselineEntry;
import dev.reviewbot.baseline.BaselineReport;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.registry.RuleRegistry;
import java.util.List;

/** The inputs every reporter's golden files are written from. */
final class ReportSamples {
  static final String VERSION = "0.1.0-test";

  @RuleInfo(
      id = "argument-count",
      summary = "Methods and constructors with too many parameters",
      severity = Severity.WARNING,
      tags = {"api", "readability"},
      since = "0.1")
  public static final class ArgumentCount implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  @RuleInfo(
      id = "global-state",
      summary = "Static fields that hold mutable state",
      severity = Severity.WARNING,
      tags = {"design", "concurrency"},
      since = "0.1")
  public static final class SharedMutableState implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  @RuleInfo(
      id = "review-size",
      summary = "Changes too large to review well",
      severity = Severity.INFO,
      tags = {"process"},
      since = "0.1")
  public static final class ReviewSize implements ChangeRule {
    @Override
    public void check(ChangeContext context) {}
  }

  static final RuleRegistry RULES =
      RuleRegistry.ofClasses(ArgumentCount.class, SharedMutableState.class, ReviewSize.class);

  private ReportSamples() {}

  /**
   * Findings across two files (one with a space in its name), a change-level finding with no path,
   * a whole-file finding, a notice, a crash of a built-in rule and one of a plugin's, and messages
   * full of characters that need escaping somewhere: quotes, &lt;, &amp;, |, %, commas, colons, CR
   * LF, an ESC, Markdown, an @mention.
   */
  static ReportInput sample() {
    String testFile = "src/test/java/com/acme/Billing Test.java";
    List<Finding> findings =
        List.of(
            new Finding(
                "review-size",
                Severity.WARNING,
                null,
                null,
                "This change adds 1,240 lines in 31 files; changes under 400 lines get better reviews",
                "rs-0001",
                "Split it: the *refactoring* first, then the feature"),
            new Finding(
                "argument-count",
                Severity.ERROR,
                "src/main/java/com/acme/Billing.java",
                new LineRange(12, 14),
                "Method 'charge' has 7 parameters (max 5)",
                "ac-charge",
                "Group them into a record, e.g. `ChargeRequest`"),
            new Finding(
                "global-state",
                Severity.WARNING,
                "src/main/java/com/acme/Billing.java",
                LineRange.of(30),
                "Field \"CACHE\" holds a mutable List<String> & is shared | see <script>alert(1)</script>",
                "sms-cache",
                null,
                Channel.INLINE,
                List.of(
                    Fix.of(
                        "Make CACHE unmodifiable",
                        new Edit.Replace(30, 45, 30, 62, "List.of(\"a\", \"b\")"),
                        new Edit.Replace(3, 1, 3, 1, "import java.util.List;\n")))),
            new Finding(
                "global-state",
                Severity.INFO,
                testFile,
                null,
                "The whole file shares one static fixture",
                "sms-file",
                null),
            new Finding(
                "global-state",
                Severity.INFO,
                testFile,
                LineRange.of(8),
                "100% of tests share it:\r\nfirst, second; ask @octocat about [this](http://example.com) ~~now~~ \u001b[31m$x$",
                "sms-test",
                null));
    List<Notice> notices =
        List.of(
            new Notice(
                "src/main/java/com/acme/Broken.java",
                3,
                17,
                "does not parse: Parse error. Found \"{\", expected one of \";\" \"=\""));
    List<RuleCrash> crashes =
        List.of(
            new RuleCrash(
                "argument-count",
                "src/main/java/com/acme/Weird.java",
                "java.lang.IllegalStateException: unexpected node <Foo> & more",
                "java.lang.IllegalStateException: unexpected node <Foo> & more\n"
                    + "\tat com.acme.Rule.check(Rule.java:10)\n"
                    + "\tat dev.reviewbot.engine.internal.FileChecker.check(FileChecker.java:42)\n"),
            // a plugin's rule: reporters name the plugin, so nobody files it against reviewbot
            new RuleCrash(
                "house-no-date",
                "src/main/java/com/acme/Billing.java",
                "java.lang.NullPointerException: no scope",
                "java.lang.NullPointerException: no scope\n\tat com.acme.house.NoDateRule.visit(NoDateRule.java:21)\n",
                "house-rules.jar"));
    return new ReportInput(
        findings,
        2,
        notices,
        crashes,
        RULES.all(),
        "origin/main (merge-base 1a2b3c4)",
        "HEAD (5d6e7f8)",
        4,
        VERSION);
  }

  /** A run that found nothing. */
  static ReportInput clean() {
    return new ReportInput(
        List.of(),
        0,
        List.of(),
        List.of(),
        RULES.all(),
        "origin/main (merge-base 1a2b3c4)",
        "working tree",
        3,
        VERSION);
  }

  /**
   * A run with a baseline: one new finding shown, one baselined finding the filter shows, one
   * baseline entry of an analyzed file that is gone.
   */
  static ReportInput baselined() {
    Finding fresh =
        new Finding(
            "global-state",
            Severity.WARNING,
            "src/main/java/com/acme/Billing.java",
            LineRange.of(30),
            "Field CACHE holds a mutable list",
            "sms-cache",
            null);
    Finding held =
        new Finding(
            "argument-count",
            Severity.ERROR,
            "src/main/java/com/acme/Billing.java",
            new LineRange(12, 14),
            "Method 'charge' has 7 parameters (max 5)",
            "ac-charge",
            null);
    BaselineEntry gone =
        new BaselineEntry(
            "global-state", "src/main/java/com/acme/Old.java", "sms-old", "Field CACHE is shared");
    return new ReportInput(
            List.of(fresh), 0, List.of(), List.of(), RULES.all(), null, "scan of .", 2, VERSION)
        .withBaseline(new BaselineReport(true, List.of(held), 3, List.of(gone)));
  }
}
