package dev.reviewbot.server.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /webhook}. In this order, and nothing is stored before step 3:
 * <ol>
 *   <li>read the raw body, refusing more than the size cap (413);
 *   <li>verify {@code X-Hub-Signature-256} over exactly those bytes (401 when missing or wrong);
 *   <li>hand the verified delivery to {@link WebhookIntake} off the event loop, which answers 202
 *       once the job is stored, 200 for ping and bookkeeping, 204 for events it ignores.
 * </ol>
 */
public final class WebhookHandler {
  private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

  private final SignatureVerifier signatures;
  private final WebhookIntake intake;
  private final int maxBytes;
  private final Clock clock;

  public WebhookHandler(SignatureVerifier signatures, WebhookIntake intake, int maxBytes, Clock clock) {
    this.signatures = signatures;
    this.intake = intake;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  public Mono<ServerResponse> handle(ServerRequest request) {
    Instant receivedAt = clock.instant();
    long declared = request.headers().contentLength().orElse(-1);
    if (declared > maxBytes) {
      return tooLarge(request);
    }
    return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), maxBytes)
        .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
        .map(WebhookHandler::bytes)
        .defaultIfEmpty(new byte[0])
        .flatMap(body -> verified(request, body, receivedAt))
        .onErrorResume(DataBufferLimitException.class, tooBig -> tooLarge(request));
  }

  private Mono<ServerResponse> verified(ServerRequest request, byte[] body, Instant receivedAt) {
    String delivery = header(request, "X-GitHub-Delivery");
    if (!signatures.verify(body, header(request, "X-Hub-Signature-256"))) {
      log.warn("refused delivery {}: missing or invalid X-Hub-Signature-256", delivery);
      return reply(new WebhookReply(HttpStatus.UNAUTHORIZED.value(), "missing or invalid X-Hub-Signature-256"));
    }
    String event = header(request, "X-GitHub-Event");
    return Mono.fromCallable(() -> intake.accept(event, delivery, body, receivedAt))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(WebhookHandler::reply);
  }

  private Mono<ServerResponse> tooLarge(ServerRequest request) {
    log.warn("refused delivery {}: body larger than {} bytes", header(request, "X-GitHub-Delivery"), maxBytes);
    return reply(new WebhookReply(HttpStatus.CONTENT_TOO_LARGE.value(), "payload larger than " + maxBytes + " bytes"));
  }

  private static Mono<ServerResponse> reply(WebhookReply reply) {
    ServerResponse.BodyBuilder builder = ServerResponse.status(reply.status());
    if (reply.status() == HttpStatus.NO_CONTENT.value()) {
      return builder.build();
    }
    return builder.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("message", reply.message()));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static String header(ServerRequest request, String name) {
    return request.headers().firstHeader(name);
  }
}
