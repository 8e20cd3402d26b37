package dev.reviewbot.server.queue;

/** Jobs per state, as the database holds them now (all instances together). */
public record QueueSnapshot(long queued, long running, long done, long failed) {}
