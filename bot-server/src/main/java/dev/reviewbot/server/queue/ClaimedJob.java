package dev.reviewbot.server.queue;

import java.time.Instant;

/**
 * A job this worker holds the lease on.
 *
 * @param leaseToken fences every later update: once the lease is lost, nothing this worker does
 *     changes the job any more
 * @param request the review to do, with the head SHA the claim took
 * @param attempts tries so far, this one included
 * @param deliveryId the delivery that asked for this head, for logs
 * @param requestedAt when that delivery arrived: the start of the webhook-to-review latency
 * @param recovered true when the job was taken over from a worker whose lease expired
 */
public record ClaimedJob(
    long id,
    String leaseToken,
    ReviewRequest request,
    int attempts,
    String deliveryId,
    Instant requestedAt,
    boolean recovered) {}
