package dev.reviewbot.action.internal;

import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.report.SarifReporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** SARIF for code scanning's upload step, written on every review. */
public record SarifFile(Path file, String toolVersion, JobSummary summary) implements ReviewSink {
  @Override
  public boolean deliver(ReviewResult result) throws IOException {
    SarifReporter.Sarif sarif = new SarifReporter().render(result.report(toolVersion));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sarif.json(), StandardCharsets.UTF_8);
    summary.note(
        "SARIF for code scanning: "
            + MarkdownText.code(file.toString())
            + " ("
            + sarif.results()
            + " result(s)"
            + (sarif.changeLevelOmitted() > 0
                ? "; "
                    + sarif.changeLevelOmitted()
                    + " about the whole change left out, as code scanning needs a file"
                : "")
            + ").");
    return true;
  }
}
