package dev.reviewbot.plugin;

import dev.reviewbot.api.Rule;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads rules from plugin jars. Each jar gets its own {@link URLClassLoader} whose parent is the
 * class loader reviewbot runs in, so the plugin sees the same rule API classes as the engine (a
 * plugin must not bundle its own copy; it compiles against {@code reviewbot-rule-api} in {@code
 * provided} scope). Rules are found through {@link ServiceLoader}: the jar lists its rule classes
 * in {@code META-INF/services/dev.reviewbot.api.Rule}. Every rule's {@link RuleDescriptor#origin()
 * origin} is the jar's file name.
 *
 * <p>Only code the person running reviewbot chose is loaded: the command line's {@code --plugin}
 * and a local {@code .reviewbot.yml}, or the bot-server's own plugins directory; never a path that
 * comes from repository content the bot reviews.
 *
 * <p>Loading the same jar twice (by its real path, e.g. from {@code --plugin} and from the
 * configuration) gives the same rules, not a duplicate-id error. {@link #close()} closes the class
 * loaders; do it when the rules are no longer run.
 */
public final class PluginLoader implements AutoCloseable {
  /** Where a plugin lists its rule classes. */
  public static final String SERVICE_FILE = "META-INF/services/" + Rule.class.getName();

  private final ClassLoader parent;
  private final Map<Path, RuleRegistry> loaded = new LinkedHashMap<>();
  private final List<URLClassLoader> classLoaders = new ArrayList<>();

  /** Plugins whose parent class loader is the one the engine and the rule API were loaded by. */
  public PluginLoader() {
    this(PluginLoader.class.getClassLoader());
  }

  public PluginLoader(ClassLoader parent) {
    this.parent = parent;
  }

  /**
   * The rules of one plugin jar.
   *
   * @throws PluginException naming the jar if it does not exist, is not a jar, has no rules, or a
   *     rule class cannot be loaded or is not a valid rule
   */
  public synchronized RuleRegistry load(Path jar) {
    Path real = realPath(jar);
    RuleRegistry rules = loaded.get(real);
    if (rules == null) {
      rules = read(jar, real);
      loaded.put(real, rules);
    }
    return rules;
  }

  /**
   * The rules of several plugin jars together.
   *
   * @throws PluginException as {@link #load}, or naming both origins when two jars have a rule with
   *     the same id
   */
  public RuleRegistry loadAll(Collection<Path> jars) {
    RuleRegistry all = RuleRegistry.of(List.of());
    for (Path jar : jars) {
      RuleRegistry rules = load(jar);
      try {
        all = all.plus(rules);
      } catch (IllegalArgumentException e) {
        throw new PluginException(jar, e.getMessage(), e);
      }
    }
    return all;
  }

  /**
   * The rules of every {@code *.jar} directly in {@code dir}, in file-name order; an empty
   * directory has none. For a server whose operator installs plugins in one place.
   *
   * @throws PluginException if the directory does not exist, or as {@link #loadAll}
   */
  public RuleRegistry loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PluginException(dir, "plugins directory not found: " + dir.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(dir)) {
      return loadAll(
          files
              .filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
              .sorted()
              .toList());
    } catch (IOException e) {
      throw new PluginException(
          dir, "cannot list plugins directory " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** The jar a rule's class was loaded from, if it came from a jar. */
  public static Optional<Path> jarOf(RuleDescriptor rule) {
    try {
      CodeSource source = rule.type().getProtectionDomain().getCodeSource();
      if (source == null
          || source.getLocation() == null
          || !"file".equals(source.getLocation().getProtocol())) {
        return Optional.empty();
      }
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private RuleRegistry read(Path jar, Path real) {
    String name = jar.getFileName().toString();
    checkIsJar(jar, real);
    URLClassLoader loader =
        new URLClassLoader("reviewbot-plugin-" + name, new URL[] {url(real)}, parent);
    classLoaders.add(loader);
    List<RuleDescriptor> rules = new ArrayList<>();
    try {
      ServiceLoader.load(Rule.class, loader).stream()
          // the parent's services (the built-in rules) are visible through this loader too: keep
          // the jar's own
          .filter(provider -> provider.type().getClassLoader() == loader)
          .forEach(provider -> rules.add(RuleDescriptor.of(provider.type(), name)));
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new PluginException(
          jar,
          "plugin "
              + name
              + ": cannot load its rules: "
              + describe(e)
              + " (was it built for a newer Java, or does it bundle its own copy of the rule API?)",
          e);
    } catch (IllegalArgumentException e) {
      throw new PluginException(jar, "plugin " + name + ": " + e.getMessage(), e);
    }
    if (rules.isEmpty()) {
      throw new PluginException(
          jar,
          "plugin jar " + jar + " has no rules: it must list its rule classes in " + SERVICE_FILE);
    }
    try {
      return RuleRegistry.of(rules);
    } catch (IllegalArgumentException e) {
      throw new PluginException(jar, "plugin " + name + ": " + e.getMessage(), e);
    }
  }

  private static void checkIsJar(Path jar, Path real) {
    if (!Files.isRegularFile(real)) {
      throw new PluginException(jar, "plugin jar is not a file: " + jar.toAbsolutePath());
    }
    try (JarFile file = new JarFile(real.toFile())) {
      file.size();
    } catch (IOException e) {
      throw new PluginException(jar, "plugin " + jar + " is not a jar file: " + e.getMessage(), e);
    }
  }

  private static Path realPath(Path jar) {
    if (!Files.exists(jar)) {
      throw new PluginException(jar, "plugin jar not found: " + jar.toAbsolutePath());
    }
    try {
      return jar.toRealPath();
    } catch (IOException e) {
      throw new PluginException(
          jar, "cannot read plugin jar " + jar.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private static URL url(Path real) {
    try {
      return real.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e ? e.toString() : e.getMessage() + " (" + cause + ")";
  }

  /** Closes the plugins' class loaders; their rules must not run afterwards. */
  @Override
  public synchronized void close() {
    IOException first = null;
    for (URLClassLoader loader : classLoaders) {
      try {
        loader.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    classLoaders.clear();
    loaded.clear();
    if (first != null) {
      throw new UncheckedIOException("cannot close a plugin class loader", first);
    }
  }
}
