package dev.reviewbot.config;

import dev.reviewbot.config.internal.ConfigParser;
import dev.reviewbot.config.internal.ConfigResolver;
import dev.reviewbot.config.internal.RawConfig;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code .reviewbot.yml} and checks it against the known rules and their options:
 *
 * <pre>{@code
 * filter-mode: added            # added | diff_context | file | nofilter
 * fail-on: warning              # info | warning | error
 * include: ["**}{@code /*.java"]        # globs; empty: every file
 * exclude: ["**}{@code /generated/**"]
 * test-code: ["**}{@code /src/test/**"] # replaces ReviewConfig.DEFAULT_TEST_GLOBS
 * rules:
 *   argument-count:
 *     enabled: true
 *     severity: error
 *     tests: skip                 # skip | lower | same | summary
 *     channel: summary            # inline | summary: where all its findings go
 *     max: 6                      # the rule's options beside the reserved keys
 * limits:                        # per-file budgets (AnalysisLimits)
 *   max-file-bytes: 1048576
 * plugins: [tools/house-rules.jar] # rule jars, relative to this file (see below)
 * banned:                         # rules declared here (see DeclaredRules)
 *   - id: no-java-util-date
 *     message: Use java.time instead of java.util.Date
 *     severity: warning
 *     types: [java.util.Date]
 * }</pre>
 *
 * <p>Loading takes two steps: {@link ConfigParser} reads the YAML into a {@link RawConfig},
 * checking all that needs no knowledge of the rules and loading nothing; {@link ConfigResolver}
 * then adds the rules of {@code plugins:} and {@code banned:} and checks {@code rules:} against all
 * the rules known, so {@code rules:} may configure the added ones whatever the key order. The rules
 * they add are in {@link ReviewConfig#addedRules()}. Plugin jars are code: a loader loads them only
 * when built with {@link #loadingPlugins}, which the command line does for the configuration of the
 * repository its user runs it in. Any other loader (the bot-server's, reading configuration from
 * the repositories it reviews) only records the entries in {@link ReviewConfig#plugins()} and never
 * loads code named by repository content.
 *
 * <p>Every mistake (unknown key, unknown rule or option, wrong type, bad YAML, a missing plugin
 * jar, a rule id taken twice) is a {@link ConfigException} naming the file, the line and the dotted
 * key. Features add their own top-level section with {@link #withSection}; any other key stays an
 * error.
 */
public final class ConfigLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  /** The file looked for at the repository root. */
  public static final String FILE_NAME = ".reviewbot.yml";

  /** The top-level key listing plugin jars. */
  public static final String PLUGINS = "plugins";

  private final RuleRegistry registry;
  private final Map<String, ConfigSection<?>> sections;
  private final PluginLoader plugins;
  private final ConfigParser parser;
  private final ConfigResolver resolver;

  /**
   * A loader of the built-in keys and the {@code limits:} section every run applies ({@link
   * AnalysisLimits}).
   */
  public ConfigLoader(RuleRegistry registry) {
    this(registry, Map.of(AnalysisLimits.SECTION.name(), AnalysisLimits.SECTION), null);
  }

  private ConfigLoader(
      RuleRegistry registry, Map<String, ConfigSection<?>> sections, PluginLoader plugins) {
    this.registry = registry;
    this.sections = sections;
    this.plugins = plugins;
    this.parser = new ConfigParser(sections.values());
    this.resolver = new ConfigResolver(registry, plugins);
  }

  /**
   * A loader that also loads the jars {@code plugins:} names, with {@code loader}; paths are
   * relative to the configuration file's directory. Only for configuration the person running
   * reviewbot controls: never for repository content a server reviews.
   */
  public ConfigLoader loadingPlugins(PluginLoader loader) {
    return new ConfigLoader(registry, sections, Objects.requireNonNull(loader, "loader"));
  }

  /**
   * A loader that also accepts {@code section}.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public ConfigLoader withSection(ConfigSection<?> section) {
    if (knownKeys().contains(section.name())) {
      throw new IllegalArgumentException(
          "configuration section '" + section.name() + "' is already defined");
    }
    Map<String, ConfigSection<?>> more = new LinkedHashMap<>(sections);
    more.put(section.name(), section);
    return new ConfigLoader(registry, Map.copyOf(more), plugins);
  }

  /** {@value #FILE_NAME} at the repository root, or the defaults when there is none. */
  public ReviewConfig loadFromRepository(Path root) {
    Path file = root.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      LOG.debug("no {} in {}: the defaults apply", FILE_NAME, root);
      return ReviewConfig.defaults();
    }
    return read(file, FILE_NAME);
  }

  /** A file named explicitly, e.g. by {@code --config}; it must exist. */
  public ReviewConfig load(Path file) {
    return read(file, file.toString());
  }

  private ReviewConfig read(Path file, String source) {
    LOG.debug("reading the configuration {}", file);
    return resolver.resolve(parser.read(file, source));
  }

  /**
   * Configuration text from anywhere (e.g. fetched from GitHub). Plugin paths have no file to be
   * relative to, so a loader that loads plugins refuses {@code plugins:} here.
   *
   * @param source the file as the user knows it, used in every message
   */
  public ReviewConfig parse(String yaml, String source) {
    return resolver.resolve(parser.parse(yaml, source, null));
  }

  /** The sections features added with {@link #withSection}, by name. */
  public List<ConfigSection<?>> sections() {
    return sections.values().stream().sorted(Comparator.comparing(ConfigSection::name)).toList();
  }

  /** The rules this loader knows before a file adds any. */
  public RuleRegistry registry() {
    return registry;
  }

  /** The top-level keys this loader accepts, sorted. */
  public List<String> knownKeys() {
    return parser.knownKeys();
  }
}
