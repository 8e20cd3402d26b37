package dev.reviewbot.engine.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.source.ChangedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base and head trees of a change's Java files for the change rules, parsed on first use and
 * once per run however many change rules ask.
 */
public final class ChangeSources {
  private final Map<String, ChangedFile> files = new HashMap<>();
  private final Map<String, Optional<CompilationUnit>> parsed = new HashMap<>();

  /**
   * @param files the Java files of the change the configuration includes
   */
  public ChangeSources(List<ChangedFile> files) {
    files.forEach(f -> this.files.put(f.path(), f));
  }

  public static ChangeSources none() {
    return new ChangeSources(List.of());
  }

  /** The lines the change added to a file; none for a file not here (excluded, skipped, binary). */
  ChangedLines changedLines(String path) {
    ChangedFile file = files.get(path);
    return file == null ? ChangedLines.none() : file.changedLines();
  }

  Optional<CompilationUnit> base(String path) {
    ChangedFile file = files.get(path);
    return file == null ? Optional.empty() : parse("base:" + path, file.baseContent());
  }

  Optional<CompilationUnit> head(String path) {
    ChangedFile file = files.get(path);
    return file == null ? Optional.empty() : parse("head:" + path, file.headContent());
  }

  private Optional<CompilationUnit> parse(String key, String content) {
    if (content == null) {
      return Optional.empty();
    }
    return parsed.computeIfAbsent(
        key,
        k -> {
          ParseResult<CompilationUnit> result = JavaParsers.parse(content);
          return result.isSuccessful() ? result.getResult() : Optional.empty();
        });
  }
}
