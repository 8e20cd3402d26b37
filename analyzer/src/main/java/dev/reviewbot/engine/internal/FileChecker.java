package dev.reviewbot.engine.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.NodeHandler;
import dev.reviewbot.api.ReleasedFile;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.source.LastRelease;
import dev.reviewbot.suppress.Suppressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parses one file once, walks it once, and dispatches each node to the rules subscribed to its
 * kind.
 */
public final class FileChecker {
  private final List<ActiveRule> rules;
  private final UnknownSuppressions unknownSuppressions;

  /**
   * @param unknownSuppressions turns suppressions of unknown rules into notices; {@code null}: no
   *     such check
   */
  public FileChecker(List<ActiveRule> rules, UnknownSuppressions unknownSuppressions) {
    this.rules = rules.stream().filter(r -> r.descriptor().isJavaRule()).toList();
    this.unknownSuppressions = unknownSuppressions;
  }

  /** What checking one file produced. */
  public record Outcome(
      List<Finding> findings, List<Notice> notices, List<RuleCrash> crashes, boolean analyzed) {}

  /**
   * Parses and checks one file, checking {@code deadline} as it goes.
   *
   * @param release the newest release the change's base contains, {@code null} when unknown
   * @throws Deadline.OverBudgetError when the deadline passes
   */
  public Outcome check(ChangedFile file, boolean testCode, LastRelease release, Deadline deadline) {
    ParseResult<CompilationUnit> parsed = JavaParsers.parse(file.headContent(), deadline);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return new Outcome(
          List.of(), List.of(parseNotice(file.path(), parsed.getProblems())), List.of(), false);
    }
    ParsedFile head =
        new ParsedFile(
            file.path(),
            file.headContent(),
            parsed.getResult().get(),
            file.changedLines(),
            testCode);
    Supplier<Optional<CompilationUnit>> base =
        memoize(() -> parseBase(file.baseContent(), deadline));
    Optional<ReleasedFile> released = ReleasedVersion.of(release, file);
    Suppressions suppressions = Suppressions.of(head.unit());

    List<Finding> findings = new ArrayList<>();
    List<RuleCrash> crashes = new ArrayList<>();
    List<Subscriber> subscribers = new ArrayList<>();
    for (ActiveRule rule : rules) {
      Severity severity = rule.severityFor(testCode);
      if (severity == null) {
        continue;
      }
      Subscriber subscriber =
          new Subscriber(
              rule,
              new FileRuleContext(rule, severity, head, base, released, suppressions, findings));
      try {
        ((JavaRule) rule.descriptor().newInstance()).subscribe(subscriber);
        subscribers.add(subscriber);
      } catch (Throwable e) {
        crashes.add(Crashes.of(rule.id(), file.path(), e));
      }
    }
    walk(head.unit(), subscribers, crashes, deadline);
    for (Subscriber subscriber : subscribers) {
      subscriber.fileEnd(crashes, deadline);
    }
    List<Notice> notices =
        unknownSuppressions == null ? List.of() : unknownSuppressions.of(file.path(), suppressions);
    return new Outcome(distinctFingerprints(findings), notices, crashes, true);
  }

  private static void walk(
      CompilationUnit unit,
      List<Subscriber> subscribers,
      List<RuleCrash> crashes,
      Deadline deadline) {
    Map<Class<?>, List<Handler<?>>> byClass = new HashMap<>();
    unit.walk(
        node -> {
          deadline.check();
          List<Handler<?>> handlers =
              byClass.computeIfAbsent(
                  node.getClass(),
                  type -> {
                    List<Handler<?>> matching = new ArrayList<>();
                    for (Subscriber s : subscribers) {
                      for (Handler<?> h : s.handlers) {
                        if (h.kind.isAssignableFrom(type)) {
                          matching.add(h);
                        }
                      }
                    }
                    return matching;
                  });
          for (Handler<?> handler : handlers) {
            handler.call(node, crashes);
          }
        });
  }

  /** Two identical findings in one member get distinct fingerprints, by order of appearance. */
  private static List<Finding> distinctFingerprints(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int occurrence = seen.merge(f.fingerprint(), 1, Integer::sum);
      result.add(
          occurrence == 1
              ? f
              : new Finding(
                  f.ruleId(),
                  f.severity(),
                  f.path(),
                  f.lines(),
                  f.message(),
                  f.fingerprint() + "-" + occurrence,
                  f.suggestion(),
                  f.channel(),
                  f.fixes()));
    }
    return result;
  }

  private static Optional<CompilationUnit> parseBase(String content, Deadline deadline) {
    if (content == null) {
      return Optional.empty();
    }
    ParseResult<CompilationUnit> parsed = JavaParsers.parse(content, deadline);
    return parsed.isSuccessful() ? parsed.getResult() : Optional.empty();
  }

  static Notice parseNotice(String path, List<Problem> problems) {
    if (problems.isEmpty()) {
      return new Notice(path, 0, 0, "could not be parsed as Java");
    }
    Problem first = problems.get(0);
    int line =
        first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
    int column =
        first
            .getLocation()
            .flatMap(l -> l.getBegin().getRange())
            .map(r -> r.begin.column)
            .orElse(0);
    String message = first.getMessage().lines().findFirst().orElse("syntax error");
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
    return new Notice(
        path,
        line,
        column,
        "does not parse as Java "
            + JavaParsers.LANGUAGE_LEVEL.name().substring(5)
            + ": "
            + message
            + more
            + "; skipped");
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;
      private boolean done;

      @Override
      public T get() {
        if (!done) {
          value = supplier.get();
          done = true;
        }
        return value;
      }
    };
  }

  /**
   * One rule's subscriptions for one file; after its first crash the rule is switched off for the
   * file.
   */
  private static final class Subscriber implements Subscriptions {
    final ActiveRule rule;
    final RuleContext context;
    final List<Handler<?>> handlers = new ArrayList<>();
    final List<Consumer<RuleContext>> fileEnd = new ArrayList<>();
    boolean crashed;

    Subscriber(ActiveRule rule, RuleContext context) {
      this.rule = rule;
      this.context = context;
    }

    @Override
    public <N extends Node> void on(Class<N> kind, NodeHandler<N> handler) {
      handlers.add(new Handler<>(this, kind, handler));
    }

    @Override
    public void onFileEnd(Consumer<RuleContext> handler) {
      fileEnd.add(handler);
    }

    void fileEnd(List<RuleCrash> crashes, Deadline deadline) {
      for (Consumer<RuleContext> handler : fileEnd) {
        if (crashed) {
          return;
        }
        deadline.check();
        try {
          handler.accept(context);
        } catch (Throwable e) {
          crashed = true;
          crashes.add(Crashes.of(rule.id(), context.path(), e));
        }
      }
    }
  }

  private record Handler<N extends Node>(Subscriber owner, Class<N> kind, NodeHandler<N> handler) {
    void call(Node node, List<RuleCrash> crashes) {
      if (owner.crashed) {
        return;
      }
      try {
        handler.visit(kind.cast(node), owner.context);
      } catch (Throwable e) {
        owner.crashed = true;
        crashes.add(Crashes.of(owner.rule.id(), owner.context.path(), e));
      }
    }
  }
}
