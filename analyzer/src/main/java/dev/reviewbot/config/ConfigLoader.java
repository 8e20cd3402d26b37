package dev.reviewbot.config;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.declared.DeclaredRules;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.RuleDescriptor;
import dev.reviewbot.engine.RuleRegistry;
import dev.reviewbot.plugin.PluginException;
import dev.reviewbot.plugin.PluginLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
 * <p>{@code plugins:} and {@code banned:} add rules, and {@code rules:} may configure those too,
 * so they are read first, whatever their place in the file; the rules they add are in
 * {@link ReviewConfig#addedRules()}. Plugin jars are code: a loader loads them only when built
 * with {@link #loadingPlugins}, which the command line does for the configuration of the
 * repository its user runs it in. Any other loader (the bot-server's, reading configuration from
 * the repositories it reviews) only records the entries in {@link ReviewConfig#plugins()} and
 * never loads code named by repository content.
 *
 * <p>Every mistake (unknown key, unknown rule or option, wrong type, bad YAML, a missing plugin
 * jar, a rule id taken twice) is a {@link ConfigException} naming the file, the line and the
 * dotted key. Features add their own top-level section with {@link #withSection}; any other key
 * stays an error.
 */
public final class ConfigLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  /** The file looked for at the repository root. */
  public static final String FILE_NAME = ".reviewbot.yml";

  /** The top-level key listing plugin jars. */
  public static final String PLUGINS = "plugins";

  private static final List<String> RULE_KEYS = List.of("enabled", "severity", "tests", "channel");
  /** Keys that add rules: read before the others. */
  private static final List<String> RULE_SOURCES = List.of(PLUGINS, DeclaredRules.KEY);

  private final RuleRegistry registry;
  private final Map<String, ConfigSection<?>> sections;
  private final PluginLoader plugins;

  /** A loader of the built-in keys and the {@code limits:} section every run applies ({@link AnalysisLimits}). */
  public ConfigLoader(RuleRegistry registry) {
    this(registry, Map.of(AnalysisLimits.SECTION.name(), AnalysisLimits.SECTION), null);
  }

  private ConfigLoader(RuleRegistry registry, Map<String, ConfigSection<?>> sections, PluginLoader plugins) {
    this.registry = registry;
    this.sections = sections;
    this.plugins = plugins;
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
      throw new IllegalArgumentException("configuration section '" + section.name() + "' is already defined");
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

  /**
   * Configuration text from anywhere (e.g. fetched from GitHub). Plugin paths have no file to be
   * relative to, so a loader that loads plugins refuses {@code plugins:} here.
   *
   * @param source the file as the user knows it, used in every message
   */
  public ReviewConfig parse(String yaml, String source) {
    return parse(yaml, source, null);
  }

  private ReviewConfig parse(String yaml, String source, Path directory) {
    Node document = compose(yaml, source);
    Draft draft = new Draft(source);
    if (document == null) {
      return draft.build();
    }
    ConfigNode root = ConfigNode.root(source, document, directory);
    if (root.isNull()) {
      return draft.build();
    }
    Map<String, ConfigNode> entries = root.entries();
    RuleRegistry known = addRules(entries, directory, draft);
    Map<String, BiConsumer<ConfigNode, Draft>> keys = builtInKeys(known);
    for (Map.Entry<String, ConfigNode> entry : entries.entrySet()) {
      if (RULE_SOURCES.contains(entry.getKey())) {
        continue;
      }
      BiConsumer<ConfigNode, Draft> reader = keys.get(entry.getKey());
      ConfigSection<?> section = sections.get(entry.getKey());
      if (reader != null) {
        reader.accept(entry.getValue(), draft);
      } else if (section != null) {
        Object value = section.read(entry.getValue());
        if (value != null) {
          draft.sections.put(section.name(), value);
        }
      } else {
        throw entry.getValue().error("unknown key" + DidYouMean.hint(entry.getKey(), knownKeys())
            + "; expected one of " + String.join(", ", knownKeys()));
      }
    }
    return draft.build();
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
    TreeSet<String> all = new TreeSet<>(builtInKeys(registry).keySet());
    all.addAll(RULE_SOURCES);
    all.addAll(sections.keySet());
    return List.copyOf(all);
  }

  private Map<String, BiConsumer<ConfigNode, Draft>> builtInKeys(RuleRegistry known) {
    return Map.of(
        "filter-mode", (node, draft) -> draft.filterMode = node.parse(FilterMode::parse),
        "fail-on", (node, draft) -> draft.failOn = node.parse(Severity::parse),
        "include", (node, draft) -> draft.include = globs(node),
        "exclude", (node, draft) -> draft.exclude = globs(node),
        "test-code", (node, draft) -> draft.testCode = globs(node),
        "rules", (node, draft) -> draft.rules = rules(node, known));
  }

  /**
   * The first pass: the rules {@code plugins:} and {@code banned:} add, so that {@code rules:}
   * can configure them. Returns the registry extended by them.
   */
  private RuleRegistry addRules(Map<String, ConfigNode> entries, Path directory, Draft draft) {
    RuleRegistry known = registry;
    ConfigNode pluginList = entries.get(PLUGINS);
    if (pluginList != null) {
      known = addPlugins(pluginList, directory, known, draft);
    }
    ConfigNode banned = entries.get(DeclaredRules.KEY);
    if (banned != null) {
      List<RuleDescriptor> declared = DeclaredRules.read(banned, known);
      draft.addedRules.addAll(declared);
      known = known.plus(declared);
    }
    return known;
  }

  private RuleRegistry addPlugins(ConfigNode node, Path directory, RuleRegistry known, Draft draft) {
    RuleRegistry result = known;
    for (ConfigNode item : node.items()) {
      String entry = item.text().trim();
      if (entry.isEmpty()) {
        throw item.error("expected the path of a plugin jar but was an empty string");
      }
      draft.plugins.add(entry);
      if (plugins == null) {
        continue; // recorded, never loaded: this loader reads configuration it must not run code from
      }
      if (directory == null) {
        throw item.error("plugin paths are relative to the configuration file, and this configuration was not read from a file");
      }
      Path jar = directory.resolve(entry).normalize();
      try {
        if (alreadyLoaded(result, jar)) {
          continue; // e.g. also given with --plugin
        }
        RuleRegistry rules = plugins.load(jar);
        result = result.plus(rules);
        draft.addedRules.addAll(rules.all());
      } catch (PluginException | IllegalArgumentException e) {
        throw item.error(e.getMessage());
      }
    }
    return result;
  }

  /** True if {@code known} has rules loaded from {@code jar} itself. */
  private static boolean alreadyLoaded(RuleRegistry known, Path jar) {
    if (!Files.exists(jar)) {
      return false;
    }
    return known.all().stream().filter(RuleDescriptor::isPlugin).map(PluginLoader::jarOf)
        .anyMatch(from -> from.filter(path -> sameFile(path, jar)).isPresent());
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, RuleSettings> rules(ConfigNode node, RuleRegistry known) {
    Map<String, RuleSettings> result = new HashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      List<String> ids = known.all().stream().map(RuleDescriptor::id).toList();
      RuleDescriptor rule = known.find(entry.getKey()).orElseThrow(() -> entry.getValue().error(
          "unknown rule" + DidYouMean.hint(entry.getKey(), ids) + "; known rules: " + String.join(", ", ids)));
      result.put(rule.id(), ruleSettings(rule, entry.getValue()));
    }
    return result;
  }

  private static RuleSettings ruleSettings(RuleDescriptor rule, ConfigNode node) {
    Boolean enabled = null;
    Severity severity = null;
    TestCodePolicy tests = null;
    Channel channel = null;
    Map<String, Object> options = new HashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      ConfigNode value = entry.getValue();
      switch (entry.getKey()) {
        case "enabled" -> enabled = value.bool();
        case "severity" -> severity = value.parse(Severity::parse);
        case "tests" -> tests = value.parse(ConfigLoader::testCodePolicy);
        case "channel" -> channel = value.parse(ConfigLoader::channel);
        default -> {
          var option = rule.option(entry.getKey()).orElseThrow(() -> value.error("unknown option of rule "
              + rule.id() + DidYouMean.hint(entry.getKey(), ruleKeyNames(rule)) + "; valid keys: "
              + String.join(", ", validRuleKeys(rule))));
          options.put(option.name(), value.convert(option));
        }
      }
    }
    return new RuleSettings(enabled, severity, tests, channel, options);
  }

  /** The reserved keys every rule has, then the rule's option names. */
  private static List<String> ruleKeyNames(RuleDescriptor rule) {
    List<String> keys = new ArrayList<>(RULE_KEYS);
    rule.options().forEach(o -> keys.add(o.name()));
    return keys;
  }

  private static List<String> validRuleKeys(RuleDescriptor rule) {
    List<String> keys = new ArrayList<>(RULE_KEYS);
    rule.options().stream().map(o -> o.name() + " (" + o.typeName() + ")").sorted().forEach(keys::add);
    return keys;
  }

  private static TestCodePolicy testCodePolicy(String text) {
    for (TestCodePolicy policy : TestCodePolicy.values()) {
      if (policy.name().equalsIgnoreCase(text.trim())) {
        return policy;
      }
    }
    throw new IllegalArgumentException("expected one of skip, lower, same, summary but was '" + text + "'");
  }

  private static Channel channel(String text) {
    for (Channel channel : Channel.values()) {
      if (channel.id().equals(text.trim())) {
        return channel;
      }
    }
    throw new IllegalArgumentException("expected inline or summary but was '" + text + "'");
  }

  private static List<Glob> globs(ConfigNode node) {
    List<Glob> result = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String pattern = item.text().trim();
      if (pattern.isEmpty()) {
        throw item.error("expected a glob but was an empty string");
      }
      if (pattern.startsWith("/")) {
        // paths are repository-relative: a leading slash would silently match nothing
        throw item.error("globs match repository-relative paths; drop the leading '/' of '" + pattern + "'");
      }
      result.add(Glob.of(pattern));
    }
    return result;
  }

  private ReviewConfig read(Path file, String source) {
    LOG.debug("reading the configuration {}", file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(source, 0, "", "config file not found", e);
    } catch (CharacterCodingException e) {
      throw new ConfigException(source, 0, "", "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(source, 0, "", "cannot read: " + e, e);
    }
    return parse(text, source, file.toAbsolutePath().getParent());
  }

  private static Node compose(String yaml, String source) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new ConfigException(source, line, "", "not valid YAML: " + problem.strip(), e);
    } catch (YAMLException e) {
      throw new ConfigException(source, 0, "", "not valid YAML: " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      // SnakeYAML parses the hex digits of an escape without checking that the text has any left
      int lastLine = (int) Math.max(1, text.lines().count());
      throw new ConfigException(source, lastLine, "",
          "not valid YAML: the file ends inside an escape sequence (\\x, \\u or \\U without its hex digits)", e);
    } catch (RuntimeException e) {
      // the file is untrusted input: whatever else the YAML parser trips over is still a config error
      throw new ConfigException(source, 0, "", "not valid YAML: the parser failed (" + e + ")", e);
    }
  }

  /** What the file has set so far; unset fields keep the defaults. */
  private static final class Draft {
    private final String source;
    private final ReviewConfig defaults = ReviewConfig.defaults();
    private FilterMode filterMode = defaults.filterMode();
    private Severity failOn = defaults.failOn();
    private List<Glob> include = defaults.include();
    private List<Glob> exclude = defaults.exclude();
    private List<Glob> testCode = defaults.testCode();
    private Map<String, RuleSettings> rules = defaults.rules();
    private final Map<String, Object> sections = new HashMap<>();
    private final List<RuleDescriptor> addedRules = new ArrayList<>();
    private final List<String> plugins = new ArrayList<>();

    Draft(String source) {
      this.source = source;
    }

    ReviewConfig build() {
      return new ReviewConfig(filterMode, failOn, include, exclude, testCode, rules, source, sections, addedRules, plugins);
    }
  }
}
