package dev.reviewbot.server.feedback;

import dev.reviewbot.github.CommentFeedback;
import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishException;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.server.auth.GitHubClients;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;

/**
 * When a pull request is closed or merged, reads the bot's comments on it one last time (reactions
 * given since the last push) and records them. Runs off the webhook thread on one background thread
 * with a bounded backlog; best effort: a pass lost to a full backlog or a restart only misses the
 * reactions given after the last push.
 */
public final class FinalPass implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FinalPass.class);

  private final GitHubClients clients;
  private final FeedbackStore store;
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(200),
          task -> {
            Thread thread = new Thread(task, "feedback-final-pass");
            thread.setDaemon(true);
            return thread;
          });

  public FinalPass(GitHubClients clients, FeedbackStore store) {
    this.clients = clients;
    this.store = store;
  }

  public void submit(Long installationId, PullRequestRef pr) {
    String delivery = MDC.get("delivery");
    try {
      executor.execute(() -> run(installationId, pr, delivery));
    } catch (RejectedExecutionException full) {
      log.warn(
          "final feedback pass on {} skipped: {} passes waiting", pr, executor.getQueue().size());
    }
  }

  private void run(Long installationId, PullRequestRef pr, String delivery) {
    MDC.put("delivery", delivery == null ? "" : delivery);
    MDC.put("pr", pr.fullName() + "#" + pr.number());
    try {
      GitHubApiClient client = clients.forRepository(installationId, pr.fullName());
      PublishOptions options =
          clients
              .botLogin()
              .map(PublishOptions.defaults()::withBotLogin)
              .orElse(PublishOptions.defaults());
      CommentFeedback feedback = new GitHubPublisher(client, options).readFeedback(pr);
      store.observed(pr.fullName(), pr.number(), feedback.earlier());
      store.closed(pr.fullName(), pr.number());
      log.info("final feedback pass: {} comment(s) read", feedback.earlier().size());
    } catch (IOException | PublishException | DataAccessException e) {
      log.warn("final feedback pass failed: {}", e.getMessage());
    } finally {
      MDC.remove("delivery");
      MDC.remove("pr");
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
