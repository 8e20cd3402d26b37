package dev.reviewbot.config;

import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.RuleDescriptor;
import dev.reviewbot.engine.RuleRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
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
 *     tests: skip                 # skip | lower | same
 *     max: 6                      # the rule's options beside the reserved keys
 * }</pre>
 *
 * <p>Every mistake (unknown key, unknown rule or option, wrong type, bad YAML) is a
 * {@link ConfigException} naming the file, the line and the dotted key. Features add their own
 * top-level section with {@link #withSection}; any other key stays an error.
 */
public final class ConfigLoader {
  /** The file looked for at the repository root. */
  public static final String FILE_NAME = ".reviewbot.yml";

  private static final List<String> RULE_KEYS = List.of("enabled", "severity", "tests");

  private final RuleRegistry registry;
  private final Map<String, ConfigSection<?>> sections;

  public ConfigLoader(RuleRegistry registry) {
    this(registry, Map.of());
  }

  private ConfigLoader(RuleRegistry registry, Map<String, ConfigSection<?>> sections) {
    this.registry = registry;
    this.sections = sections;
  }

  /**
   * A loader that also accepts {@code section}.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public ConfigLoader withSection(ConfigSection<?> section) {
    if (builtInKeys().containsKey(section.name()) || sections.containsKey(section.name())) {
      throw new IllegalArgumentException("configuration section '" + section.name() + "' is already defined");
    }
    Map<String, ConfigSection<?>> more = new LinkedHashMap<>(sections);
    more.put(section.name(), section);
    return new ConfigLoader(registry, Map.copyOf(more));
  }

  /** {@value #FILE_NAME} at the repository root, or the defaults when there is none. */
  public ReviewConfig loadFromRepository(Path root) {
    Path file = root.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return ReviewConfig.defaults();
    }
    return read(file, FILE_NAME);
  }

  /** A file named explicitly, e.g. by {@code --config}; it must exist. */
  public ReviewConfig load(Path file) {
    return read(file, file.toString());
  }

  /**
   * Configuration text from anywhere (e.g. fetched from GitHub).
   *
   * @param source the file as the user knows it, used in every message
   */
  public ReviewConfig parse(String yaml, String source) {
    Node document = compose(yaml, source);
    Draft draft = new Draft(source);
    if (document == null) {
      return draft.build();
    }
    ConfigNode root = ConfigNode.root(source, document);
    if (root.isNull()) {
      return draft.build();
    }
    Map<String, BiConsumer<ConfigNode, Draft>> keys = builtInKeys();
    for (Map.Entry<String, ConfigNode> entry : root.entries().entrySet()) {
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
        throw entry.getValue().error("unknown key; expected one of " + String.join(", ", knownKeys()));
      }
    }
    return draft.build();
  }

  /** The top-level keys this loader accepts, sorted. */
  public List<String> knownKeys() {
    TreeSet<String> all = new TreeSet<>(builtInKeys().keySet());
    all.addAll(sections.keySet());
    return List.copyOf(all);
  }

  private Map<String, BiConsumer<ConfigNode, Draft>> builtInKeys() {
    return Map.of(
        "filter-mode", (node, draft) -> draft.filterMode = node.parse(FilterMode::parse),
        "fail-on", (node, draft) -> draft.failOn = node.parse(Severity::parse),
        "include", (node, draft) -> draft.include = globs(node),
        "exclude", (node, draft) -> draft.exclude = globs(node),
        "test-code", (node, draft) -> draft.testCode = globs(node),
        "rules", (node, draft) -> draft.rules = rules(node));
  }

  private Map<String, RuleSettings> rules(ConfigNode node) {
    Map<String, RuleSettings> result = new HashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      RuleDescriptor rule = registry.find(entry.getKey()).orElseThrow(() -> entry.getValue().error(
          "unknown rule; known rules: " + registry.all().stream().map(RuleDescriptor::id).collect(Collectors.joining(", "))));
      result.put(rule.id(), ruleSettings(rule, entry.getValue()));
    }
    return result;
  }

  private static RuleSettings ruleSettings(RuleDescriptor rule, ConfigNode node) {
    Boolean enabled = null;
    Severity severity = null;
    TestCodePolicy tests = null;
    Map<String, Object> options = new HashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      ConfigNode value = entry.getValue();
      switch (entry.getKey()) {
        case "enabled" -> enabled = value.bool();
        case "severity" -> severity = value.parse(Severity::parse);
        case "tests" -> tests = value.parse(ConfigLoader::testCodePolicy);
        default -> {
          var option = rule.option(entry.getKey()).orElseThrow(() -> value.error("unknown option of rule "
              + rule.id() + "; valid keys: " + String.join(", ", validRuleKeys(rule))));
          options.put(option.name(), value.convert(option));
        }
      }
    }
    return new RuleSettings(enabled, severity, tests, options);
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
    throw new IllegalArgumentException("expected one of skip, lower, same but was '" + text + "'");
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
    return parse(text, source);
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

    Draft(String source) {
      this.source = source;
    }

    ReviewConfig build() {
      return new ReviewConfig(filterMode, failOn, include, exclude, testCode, rules, source, sections);
    }
  }
}
