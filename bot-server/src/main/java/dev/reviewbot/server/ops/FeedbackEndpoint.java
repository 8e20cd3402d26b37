package dev.reviewbot.server.ops;

import dev.reviewbot.server.feedback.DemotionPolicy;
import dev.reviewbot.server.feedback.FeedbackStore;
import dev.reviewbot.server.feedback.FeedbackTable;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/feedback} on the management port: per repository and rule, what became of the
 * bot's inline comments (JSON); {@code /actuator/feedback/table} prints it for a terminal and
 * {@code /actuator/feedback/csv} exports it.
 */
@Endpoint(id = "feedback")
public final class FeedbackEndpoint {
  private final FeedbackStore store;
  private final DemotionPolicy policy;

  public FeedbackEndpoint(FeedbackStore store, DemotionPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  @ReadOperation
  public Map<String, List<FeedbackTable.Row>> table() {
    return new FeedbackTable(store.stats(null), policy).byRepository();
  }

  @ReadOperation(produces = "text/plain;charset=UTF-8")
  public WebEndpointResponse<String> export(@Selector String format) {
    FeedbackTable table = new FeedbackTable(store.stats(null), policy);
    return switch (format) {
      case "csv" -> new WebEndpointResponse<>(table.csv(), 200);
      case "table" -> new WebEndpointResponse<>(table.text(), 200);
      default ->
          new WebEndpointResponse<>("unknown format " + format + ": use csv or table\n", 400);
    };
  }
}
