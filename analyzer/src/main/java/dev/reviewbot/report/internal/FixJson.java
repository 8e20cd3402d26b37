package dev.reviewbot.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import java.util.List;

/** Fixes as reviewbot's JSON writes them: replacements by line and column. */
public final class FixJson {
  private FixJson() {}

  public static void write(List<Fix> fixes, ArrayNode into) {
    for (Fix fix : fixes) {
      ObjectNode node = into.addObject();
      node.put("description", fix.description());
      ArrayNode edits = node.putArray("edits");
      for (Edit edit : fix.edits()) {
        ObjectNode e = edits.addObject();
        if (edit instanceof Edit.Replace r) {
          e.put("startLine", r.line());
          e.put("startColumn", r.column());
          e.put("endLine", r.endLine());
          e.put("endColumn", r.endColumn());
          e.put("text", r.text());
        } else if (edit instanceof Edit.AddImport i) {
          e.put("addImport", i.name());
        }
      }
    }
  }
}
