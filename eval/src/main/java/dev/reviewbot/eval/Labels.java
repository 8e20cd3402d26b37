package dev.reviewbot.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * eval/labels.tsv: a judge's verdict on findings, keyed by repository, commit, rule and fingerprint.
 * A commit may be written as a prefix of its sha (at least 7 characters).
 */
final class Labels {
  static final Set<String> VERDICTS = Set.of("useful", "debatable", "noise");
  static final String HEADER = "repo\tsha\trule\tfingerprint\tlabel\treason\tpath\tline\tmessage";

  /** repo + rule + fingerprint to the labels given for it, each with its sha. */
  private final Map<String, List<Map<String, String>>> byFinding = new HashMap<>();

  static Labels read(Path file) {
    Labels labels = new Labels();
    for (Map<String, String> row : Tsv.read(file)) {
      String label = row.getOrDefault("label", "");
      if (!VERDICTS.contains(label)) {
        System.err.println("eval: " + file + ": ignoring a label '" + label + "' (useful, debatable or noise) for "
            + row.get("repo") + " " + row.get("sha") + " " + row.get("rule"));
        continue;
      }
      labels.byFinding.computeIfAbsent(key(row.get("repo"), row.get("rule"), row.get("fingerprint")), k -> new java.util.ArrayList<>())
          .add(row);
    }
    return labels;
  }

  Optional<String> of(String repo, String sha, String rule, String fingerprint) {
    return byFinding.getOrDefault(key(repo, rule, fingerprint), List.of()).stream()
        .filter(row -> row.get("sha").length() >= 7 && sha.startsWith(row.get("sha")))
        .map(row -> row.get("label"))
        .findFirst();
  }

  private static String key(String repo, String rule, String fingerprint) {
    return repo + "\t" + rule + "\t" + fingerprint;
  }
}
