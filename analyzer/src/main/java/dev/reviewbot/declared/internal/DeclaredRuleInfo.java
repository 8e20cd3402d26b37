package dev.reviewbot.declared.internal;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import java.lang.annotation.Annotation;

/**
 * The metadata of a rule declared in configuration, in the shape the engine reads from a rule
 * class's annotation, so reporters, docs and settings treat both alike.
 */
@SuppressWarnings("ClassExplicitlyAnnotation")
public record DeclaredRuleInfo(
    String id,
    String summary,
    Severity severity,
    String[] tags,
    String since,
    TestCodePolicy testCode)
    implements RuleInfo {

  public DeclaredRuleInfo {
    tags = tags.clone();
  }

  @Override
  public String[] tags() {
    return tags.clone();
  }

  /** A banned construct is something to fix at that line. */
  @Override
  public Channel channel() {
    return Channel.INLINE;
  }

  @Override
  public Class<? extends Annotation> annotationType() {
    return RuleInfo.class;
  }
}
