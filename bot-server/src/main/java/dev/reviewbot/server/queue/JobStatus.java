package dev.reviewbot.server.queue;

/** The state of a pull request's review job. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
