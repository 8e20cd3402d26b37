package dev.reviewbot.github.internal;

/**
 * One entry of a pull request's files list.
 *
 * @param previousPath the path before a rename, else {@code null}
 * @param status GitHub's {@code added}, {@code removed}, {@code modified}, {@code renamed}...
 * @param patch the hunks, or {@code null} when GitHub left them out (large or binary file): changed,
 *     but not commentable
 */
public record PullRequestFile(String path, String previousPath, String status, String patch) {}
