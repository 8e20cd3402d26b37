package dev.reviewbot.engine;

import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Rule;
import dev.reviewbot.api.RuleInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule class with its metadata and declared options.
 *
 * @param origin where the rule came from: {@code built-in}, or a plugin jar's file name
 */
public record RuleDescriptor(RuleInfo info, Class<? extends Rule> type, List<Option<?>> options, String origin) {

  public RuleDescriptor {
    options = List.copyOf(options);
  }

  /**
   * Reads a rule class's {@link RuleInfo} and its {@code static final Option} fields.
   *
   * @throws IllegalArgumentException if the class has no {@link RuleInfo}, no public no-argument
   *     constructor, or a malformed id
   */
  public static RuleDescriptor of(Class<? extends Rule> type, String origin) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException("rule class " + type.getName() + " has no @RuleInfo annotation");
    }
    if (!info.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id '" + info.id() + "' of " + type.getName() + " must be lower-case words joined by dashes");
    }
    try {
      Constructor<? extends Rule> constructor = type.getConstructor();
      if (!Modifier.isPublic(type.getModifiers())) {
        throw new IllegalArgumentException("rule class " + type.getName() + " must be public");
      }
      constructor.getParameterCount();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("rule class " + type.getName() + " needs a public no-argument constructor", e);
    }
    return new RuleDescriptor(info, type, declaredOptions(type), origin);
  }

  public String id() {
    return info.id();
  }

  public boolean isJavaRule() {
    return JavaRule.class.isAssignableFrom(type);
  }

  public boolean isChangeRule() {
    return ChangeRule.class.isAssignableFrom(type);
  }

  public Optional<Option<?>> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** A fresh instance: the engine uses one per file so rules may keep per-file state. */
  public Rule newInstance() {
    try {
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("rule " + id() + " failed in its constructor: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create rule " + id() + ": " + e, e);
    }
  }

  private static List<Option<?>> declaredOptions(Class<?> type) {
    List<Option<?>> result = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int mods = field.getModifiers();
      if (Modifier.isStatic(mods) && Modifier.isFinal(mods) && Option.class.isAssignableFrom(field.getType())) {
        try {
          field.setAccessible(true);
          result.add((Option<?>) field.get(null));
        } catch (IllegalAccessException | RuntimeException e) {
          throw new IllegalArgumentException("cannot read option field " + field + ": " + e, e);
        }
      }
    }
    return result;
  }
}
