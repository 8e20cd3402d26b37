package dev.reviewbot.server.queue;

import java.time.Instant;

/**
 * One webhook delivery as GitHub identifies it.
 *
 * @param id the {@code X-GitHub-Delivery} header: the same on a redelivery
 * @param event the {@code X-GitHub-Event} header
 * @param action the payload's {@code action}, if any
 */
public record Delivery(String id, String event, String action, Instant receivedAt) {}
