package dev.reviewbot.registry;

import dev.reviewbot.api.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules known to a run: built-ins and plugins, found through {@link ServiceLoader} entries for
 * {@link Rule} ({@code META-INF/services/dev.reviewbot.api.Rule}). Ids are unique.
 */
public final class RuleRegistry {
  private final Map<String, RuleDescriptor> byId;

  private RuleRegistry(Map<String, RuleDescriptor> byId) {
    this.byId = byId;
  }

  /** Every rule registered on the given class loader's service path. */
  public static RuleRegistry load(ClassLoader loader, String origin) {
    List<RuleDescriptor> found = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).stream()
        .forEach(p -> found.add(RuleDescriptor.of(p.type(), origin)));
    return of(found);
  }

  /** The built-in rules (those on the application class path). */
  public static RuleRegistry builtIn() {
    return load(RuleRegistry.class.getClassLoader(), RuleDescriptor.BUILT_IN);
  }

  @SafeVarargs
  public static RuleRegistry ofClasses(Class<? extends Rule>... types) {
    List<RuleDescriptor> list = new ArrayList<>();
    for (Class<? extends Rule> type : types) {
      list.add(RuleDescriptor.of(type, RuleDescriptor.BUILT_IN));
    }
    return of(list);
  }

  /**
   * @throws IllegalArgumentException naming both origins when two rules share an id
   */
  public static RuleRegistry of(Collection<RuleDescriptor> rules) {
    Map<String, RuleDescriptor> map = new LinkedHashMap<>();
    rules.stream()
        .sorted(Comparator.comparing(RuleDescriptor::id))
        .forEach(
            rule -> {
              RuleDescriptor previous = map.putIfAbsent(rule.id(), rule);
              // the same rule met twice (e.g. a registry plus itself) is one rule; anything else is
              // a clash
              if (previous != null && !previous.equals(rule)) {
                throw new IllegalArgumentException(
                    "duplicate rule id '"
                        + rule.id()
                        + "': "
                        + previous.type().getName()
                        + " ("
                        + previous.origin()
                        + ") and "
                        + rule.type().getName()
                        + " ("
                        + rule.origin()
                        + ")");
              }
            });
    return new RuleRegistry(map);
  }

  /** This registry plus {@code more}; fails on a duplicate id. */
  public RuleRegistry plus(RuleRegistry more) {
    return plus(more.all());
  }

  /** This registry plus {@code more}; fails on a duplicate id, naming both origins. */
  public RuleRegistry plus(Collection<RuleDescriptor> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<RuleDescriptor> all = new ArrayList<>(byId.values());
    all.addAll(more);
    return of(all);
  }

  public List<RuleDescriptor> all() {
    return List.copyOf(byId.values());
  }

  public Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }
}
