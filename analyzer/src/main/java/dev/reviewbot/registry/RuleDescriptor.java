package dev.reviewbot.registry;

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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A rule class with its metadata and declared options.
 *
 * @param origin where the rule came from: {@value #BUILT_IN}, a plugin jar's file name (ending in
 *     {@code .jar}), or the configuration file that declares it (e.g. {@code .reviewbot.yml})
 * @param factory makes the instances of a rule whose class alone does not say how (a rule declared
 *     in configuration); {@code null} for a rule class with a public no-argument constructor
 */
public record RuleDescriptor(
    RuleInfo info,
    Class<? extends Rule> type,
    List<Option<?>> options,
    String origin,
    Supplier<? extends Rule> factory) {

  /** The origin of the rules on reviewbot's own class path. */
  public static final String BUILT_IN = "built-in";

  public RuleDescriptor {
    options = List.copyOf(options);
  }

  /** A rule class instantiated through its public no-argument constructor. */
  public RuleDescriptor(
      RuleInfo info, Class<? extends Rule> type, List<Option<?>> options, String origin) {
    this(info, type, options, origin, null);
  }

  /**
   * A rule whose metadata is not an annotation on its class, e.g. one declared in configuration:
   * every instance comes from {@code factory}. Such a rule has no options.
   *
   * @throws IllegalArgumentException on a malformed id
   */
  public static RuleDescriptor declared(
      RuleInfo info, Class<? extends Rule> type, String origin, Supplier<? extends Rule> factory) {
    checkId(info.id(), type);
    return new RuleDescriptor(
        info, type, List.of(), origin, Objects.requireNonNull(factory, "factory"));
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
      throw new IllegalArgumentException(
          "rule class " + type.getName() + " has no @RuleInfo annotation");
    }
    checkId(info.id(), type);
    try {
      Constructor<? extends Rule> constructor = type.getConstructor();
      if (!Modifier.isPublic(type.getModifiers())) {
        throw new IllegalArgumentException("rule class " + type.getName() + " must be public");
      }
      constructor.getParameterCount();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "rule class " + type.getName() + " needs a public no-argument constructor", e);
    }
    return new RuleDescriptor(info, type, declaredOptions(type), origin);
  }

  /**
   * True if {@code id} is a valid rule id: lower-case words joined by dashes, e.g. {@code
   * argument-count}.
   */
  public static boolean isValidId(String id) {
    return id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  private static void checkId(String id, Class<?> type) {
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          "rule id '"
              + id
              + "' of "
              + type.getName()
              + " must be lower-case words joined by dashes");
    }
  }

  public String id() {
    return info.id();
  }

  /** True for a rule loaded from a plugin jar. */
  public boolean isPlugin() {
    return isPluginOrigin(origin);
  }

  /**
   * Where the rule came from as messages say it: empty for a built-in rule, {@code plugin
   * house-rules.jar} for a plugin, else the origin itself (e.g. {@code .reviewbot.yml}).
   */
  public String originLabel() {
    return originLabel(origin);
  }

  /** See {@link #originLabel()}. */
  public static String originLabel(String origin) {
    if (origin == null || origin.equals(BUILT_IN)) {
      return "";
    }
    return isPluginOrigin(origin) ? "plugin " + origin : origin;
  }

  private static boolean isPluginOrigin(String origin) {
    return origin != null && origin.endsWith(".jar");
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
    if (factory != null) {
      return factory.get();
    }
    try {
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "rule " + id() + " failed in its constructor: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create rule " + id() + ": " + e, e);
    }
  }

  private static List<Option<?>> declaredOptions(Class<?> type) {
    List<Option<?>> result = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int mods = field.getModifiers();
      if (Modifier.isStatic(mods)
          && Modifier.isFinal(mods)
          && Option.class.isAssignableFrom(field.getType())) {
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
