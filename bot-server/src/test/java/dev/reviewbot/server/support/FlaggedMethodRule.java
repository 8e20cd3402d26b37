package dev.reviewbot.server.support;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;

/**
 * A custom rule loaded like any plugin (ServiceLoader entry in the test resources): flags methods
 * whose name starts with {@code flagged}, so the service tests know exactly which findings a pull
 * request yields, whatever the built-in catalogue holds at the time.
 */
@RuleInfo(
    id = "flagged-method",
    summary = "Methods named flagged* (bot-server test plugin)",
    severity = Severity.WARNING,
    since = "0.1")
public final class FlaggedMethodRule implements JavaRule {
  @Override
  public void subscribe(Subscriptions on) {
    on.on(
        MethodDeclaration.class,
        (method, context) -> {
          if (method.getNameAsString().startsWith("flagged")) {
            context.report(method.getName(), "method " + method.getNameAsString() + " is flagged");
          }
        });
  }
}
