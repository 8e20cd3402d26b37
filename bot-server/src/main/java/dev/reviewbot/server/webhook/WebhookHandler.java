package dev.reviewbot.server.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /webhook}. In this order, and nothing is stored before step 4:
 *
 * <ol>
 *   <li>before reading a byte of the body: refuse a declared size over the cap (413), a missing or
 *       malformed {@code X-Hub-Signature-256} (401), and any delivery that does not fit the {@link
 *       IntakeBudget} of bodies and bytes in flight (503 with {@code Retry-After});
 *   <li>read the body within {@code bodyTimeout} (408), feeding the HMAC as it streams in and
 *       stopping at the size cap (413);
 *   <li>compare the signature over exactly those bytes (401);
 *   <li>hand the verified delivery to {@link WebhookIntake} off the event loop, which answers 202
 *       once the job is stored, 200 for ping and bookkeeping, 204 for events it ignores.
 * </ol>
 */
public final class WebhookHandler {
  private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

  private final SignatureVerifier signatures;
  private final WebhookIntake intake;
  private final int maxBytes;
  private final IntakeBudget budget;
  private final Duration bodyTimeout;
  private final Clock clock;

  public WebhookHandler(
      SignatureVerifier signatures,
      WebhookIntake intake,
      int maxBytes,
      IntakeBudget budget,
      Duration bodyTimeout,
      Clock clock) {
    this.signatures = signatures;
    this.intake = intake;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.bodyTimeout = bodyTimeout;
    this.clock = clock;
  }

  public Mono<ServerResponse> handle(ServerRequest request) {
    Instant receivedAt = clock.instant();
    String delivery = header(request, "X-GitHub-Delivery");
    long declared = request.headers().contentLength().orElse(-1);
    if (declared > maxBytes) {
      return tooLarge(delivery);
    }
    Optional<byte[]> signature = signatures.parse(header(request, "X-Hub-Signature-256"));
    if (signature.isEmpty()) {
      return unauthorized(delivery);
    }
    // without a declared length the body may be as large as the cap
    Optional<IntakeBudget.Permit> permit = budget.tryAcquire(declared >= 0 ? declared : maxBytes);
    if (permit.isEmpty()) {
      log.warn(
          "refused delivery {}: {} webhook bodies already being read; asked to retry",
          delivery,
          budget.bodiesInFlight());
      return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "5")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("message", "too many deliveries being received; retry later"));
    }
    SignedBody body = new SignedBody(signatures.newMac(), declared, maxBytes);
    return request
        .body(BodyExtractors.toDataBuffers())
        .doOnNext(
            buffer -> {
              try {
                body.append(buffer);
              } finally {
                DataBufferUtils.release(buffer);
              }
            })
        .then(Mono.fromCallable(() -> signatures.matches(signature.get(), body.signature())))
        .timeout(bodyTimeout)
        .flatMap(
            valid ->
                valid
                    ? accepted(request, delivery, body.bytes(), receivedAt)
                    : unauthorized(delivery))
        .onErrorResume(SignedBody.TooLarge.class, tooBig -> tooLarge(delivery))
        .onErrorResume(
            TimeoutException.class,
            slow -> {
              log.warn(
                  "refused delivery {}: body not received within {}s",
                  delivery,
                  bodyTimeout.toSeconds());
              return reply(
                  new WebhookReply(
                      HttpStatus.REQUEST_TIMEOUT.value(),
                      "body not received within " + bodyTimeout.toSeconds() + "s"));
            })
        .doFinally(signal -> permit.get().release());
  }

  private Mono<ServerResponse> accepted(
      ServerRequest request, String delivery, byte[] body, Instant receivedAt) {
    String event = header(request, "X-GitHub-Event");
    return Mono.fromCallable(() -> intake.accept(event, delivery, body, receivedAt))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(WebhookHandler::reply);
  }

  private Mono<ServerResponse> unauthorized(String delivery) {
    log.warn("refused delivery {}: missing or invalid X-Hub-Signature-256", delivery);
    return reply(
        new WebhookReply(
            HttpStatus.UNAUTHORIZED.value(), "missing or invalid X-Hub-Signature-256"));
  }

  private Mono<ServerResponse> tooLarge(String delivery) {
    log.warn("refused delivery {}: body larger than {} bytes", delivery, maxBytes);
    return reply(
        new WebhookReply(
            HttpStatus.CONTENT_TOO_LARGE.value(), "payload larger than " + maxBytes + " bytes"));
  }

  private static Mono<ServerResponse> reply(WebhookReply reply) {
    ServerResponse.BodyBuilder builder = ServerResponse.status(reply.status());
    if (reply.status() == HttpStatus.NO_CONTENT.value()) {
      return builder.build();
    }
    return builder
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("message", reply.message()));
  }

  private static String header(ServerRequest request, String name) {
    return request.headers().firstHeader(name);
  }
}
