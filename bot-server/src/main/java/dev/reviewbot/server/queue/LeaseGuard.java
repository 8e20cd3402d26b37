package dev.reviewbot.server.queue;

/** Whether a worker still owns its job: false after a takeover or a shutdown release. */
@FunctionalInterface
public interface LeaseGuard {
  boolean held();
}
