package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.registry.RuleLinks;
import java.util.Optional;

/** The Markdown body of an inline comment, ending with its hidden markers. */
public final class CommentRenderer {
  private final RuleLinks links;

  public CommentRenderer(RuleLinks links) {
    this.links = links;
  }

  public String render(InlineComment comment) {
    Finding lead = comment.lead();
    StringBuilder body = new StringBuilder(512);
    body.append(headline(lead)).append("\n\n");
    body.append(MarkdownText.escapeKeepingCode(lead.message())).append('\n');
    appendSuggestion(body, lead, comment.anchoredOnOwnLines());
    comment.previews().stream().findFirst().ifPresent(p -> appendFix(body, p, comment.anchor()));
    if (!comment.repeats().isEmpty()) {
      body.append("\nThe same finding at ")
          .append(comment.repeats().size())
          .append(comment.repeats().size() == 1 ? " more place:\n" : " more places:\n");
      for (Finding repeat : comment.repeats()) {
        body.append("- ")
            .append(MarkdownText.code(repeat.path() + ":" + repeat.lines()))
            .append(" ")
            .append(MarkdownText.escapeKeepingCode(repeat.message()))
            .append('\n');
      }
    }
    body.append('\n');
    comment.fingerprints().forEach(fp -> body.append(Markers.fingerprint(fp)).append('\n'));
    return body.toString();
  }

  /** The text that replaces a comment once its findings are gone. */
  public String renderResolved(String originalBody, String sha) {
    StringBuilder body = new StringBuilder(originalBody.length() + 200);
    body.append("**Resolved** in ")
        .append(MarkdownText.code(sha))
        .append(": reviewbot no longer finds this.\n\n");
    body.append("<details><summary>Original comment</summary>\n\n");
    for (String line : originalBody.split("\\R")) {
      // the original's markers are re-added below, outside the details block
      if (Markers.fingerprintsIn(line).isEmpty()) {
        body.append(line).append('\n');
      }
    }
    body.append("\n</details>\n\n");
    Markers.fingerprintsIn(originalBody)
        .forEach(fp -> body.append(Markers.fingerprint(fp)).append('\n'));
    body.append(Markers.resolved(sha)).append('\n');
    return body.toString();
  }

  String headline(Finding finding) {
    return "**" + label(finding.severity()) + "** · " + links.markdown(finding.ruleId());
  }

  static String label(Severity severity) {
    return switch (severity) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Info";
    };
  }

  /**
   * The fix: a one-click suggestion when it changes only the anchored lines (its text replaces
   * exactly those), else a diff to apply by hand or with {@code reviewbot fix}.
   */
  private static void appendFix(StringBuilder body, FixPreview fix, Anchor anchor) {
    body.append("\n**Fix:** ").append(MarkdownText.escapeKeepingCode(fix.description()));
    Optional<String> replacement = fix.suggestionFor(anchor);
    if (replacement.isPresent()) {
      body.append('\n').append(MarkdownText.fence(replacement.get(), "suggestion")).append('\n');
    } else {
      body.append(" (`reviewbot fix` applies it)\n")
          .append(MarkdownText.fence(fix.diff().stripTrailing(), "diff"))
          .append('\n');
    }
  }

  private static void appendSuggestion(StringBuilder body, Finding finding, boolean ownLines) {
    if (finding.suggestion() == null || finding.suggestion().isBlank()) {
      return;
    }
    Optional<String> replacement = Suggestions.replacement(finding.suggestion());
    if (replacement.isPresent() && ownLines) {
      body.append('\n').append(MarkdownText.fence(replacement.get(), "suggestion")).append('\n');
    } else if (replacement.isPresent()) {
      // the comment sits on other lines than the finding: a one-click replacement would replace the
      // wrong code
      body.append("\nSuggested code for lines ")
          .append(finding.lines())
          .append(":\n\n")
          .append(MarkdownText.fence(replacement.get(), "java"))
          .append('\n');
    } else {
      body.append("\n**Suggestion:** ")
          .append(MarkdownText.escapeKeepingCode(finding.suggestion()))
          .append('\n');
    }
  }
}
