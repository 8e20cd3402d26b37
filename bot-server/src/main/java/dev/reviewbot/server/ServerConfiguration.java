package dev.reviewbot.server;

import com.zaxxer.hikari.HikariDataSource;
import dev.reviewbot.github.GitHubAppApi;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.server.auth.AppInstallationClients;
import dev.reviewbot.server.auth.AppJwt;
import dev.reviewbot.server.auth.GitHubClients;
import dev.reviewbot.server.auth.InstallationTokens;
import dev.reviewbot.server.auth.PersonalTokenClients;
import dev.reviewbot.server.auth.internal.PemPrivateKeys;
import dev.reviewbot.server.feedback.DemotionPolicy;
import dev.reviewbot.server.feedback.FeedbackEvents;
import dev.reviewbot.server.feedback.FeedbackLoop;
import dev.reviewbot.server.feedback.FeedbackStore;
import dev.reviewbot.server.feedback.FinalPass;
import dev.reviewbot.server.installation.InstallationStore;
import dev.reviewbot.server.ops.DatabaseCheck;
import dev.reviewbot.server.ops.FeedbackEndpoint;
import dev.reviewbot.server.ops.FeedbackMetrics;
import dev.reviewbot.server.ops.JobMetrics;
import dev.reviewbot.server.ops.StuckWorkers;
import dev.reviewbot.server.queue.JobQueue;
import dev.reviewbot.server.queue.JobRetryPolicy;
import dev.reviewbot.server.queue.JobWorkers;
import dev.reviewbot.server.review.ReviewJob;
import dev.reviewbot.server.startup.StartupConfigurationException;
import dev.reviewbot.server.webhook.IntakeBudget;
import dev.reviewbot.server.webhook.SignatureVerifier;
import dev.reviewbot.server.webhook.WebhookHandler;
import dev.reviewbot.server.webhook.WebhookIntake;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.ObjectMapper;

/** Wires the service from {@link BotProperties}; every bean here is one of our plain classes. */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ServerConfiguration.class);

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * PostgreSQL (or any H2 URL) when {@code reviewbot.database.url} is set, else an H2 file under
   * the data directory.
   */
  @Bean
  DataSource dataSource(BotProperties properties) {
    BotProperties.Database database = properties.database();
    String url = database.url();
    if (url == null || url.isBlank()) {
      Path dir = properties.dataDir().toAbsolutePath();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new StartupConfigurationException(
            "reviewbot.data-dir: cannot create " + dir + " (" + e.getMessage() + ")", e);
      }
      // WRITE_DELAY=0: H2 otherwise keeps commits in memory for up to 500 ms, and a kill -9 in that
      // window loses a job whose webhook was already answered 202.
      url =
          "jdbc:h2:file:"
              + dir.resolve("reviewbot")
              + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }
    HikariDataSource dataSource =
        DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(url)
            .username(database.username())
            .password(database.password())
            .build();
    dataSource.setMaximumPoolSize(database.poolSize());
    dataSource.setPoolName("reviewbot");
    String product = DatabaseCheck.requireSupported(dataSource);
    log.info(
        "review queue in {} at {}", product, url.replaceAll("password=[^;&]*", "password=****"));
    return dataSource;
  }

  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  @Bean
  JobQueue jobQueue(
      JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, BotProperties properties) {
    BotProperties.Queue queue = properties.queue();
    JobQueue jobs =
        new JobQueue(
            jdbc,
            tx,
            clock,
            new JobRetryPolicy(queue.maxAttempts(), queue.initialBackoff(), queue.maxBackoff()),
            queue.lease());
    if (DatabaseCheck.onlyThisProcessCanOpen(properties.database().url())) {
      int reclaimed = jobs.reclaimRunningJobsOfDeadProcess();
      if (reclaimed > 0) {
        log.warn(
            "resuming {} review(s) the previous process left running (it stopped without releasing them)",
            reclaimed);
      }
    }
    return jobs;
  }

  @Bean
  InstallationStore installationStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
    return new InstallationStore(jdbc, tx, clock);
  }

  @Bean
  JobMetrics jobMetrics(MeterRegistry registry) {
    return new JobMetrics(registry);
  }

  @Bean
  GitHubClients gitHubClients(
      BotProperties properties, InstallationStore installations, Clock clock) {
    BotProperties.GitHub github = properties.github();
    if (!github.appMode()) {
      log.info("GitHub API {} with a personal token", github.apiUrl());
      return new PersonalTokenClients(github.apiUrl(), github.token(), github.timeouts());
    }
    PrivateKey key;
    try {
      key = PemPrivateKeys.read(github.privateKeyFile());
    } catch (IllegalArgumentException e) {
      throw new StartupConfigurationException(
          "reviewbot.github.private-key-file: " + e.getMessage(), e);
    }
    AppJwt jwt = new AppJwt(github.appId(), key, clock);
    InstallationTokens tokens =
        new InstallationTokens(
            new GitHubAppApi(github.apiUrl().toString(), github.timeouts(), jwt::create),
            clock,
            github.tokenRefreshMargin());
    log.info("GitHub API {} as App {}", github.apiUrl(), github.appId());
    return new AppInstallationClients(github.apiUrl(), tokens, installations, github.timeouts());
  }

  /** Closed on shutdown: it holds the plugin jars' class loaders. */
  @Bean(destroyMethod = "close")
  PluginLoader pluginLoader() {
    return new PluginLoader();
  }

  /**
   * Built-in rules plus the operator's plugins directory. A missing directory, a bad jar or a
   * duplicate rule id stops the start-up with the jar named.
   */
  @Bean
  RuleRegistry ruleRegistry(PluginLoader plugins, BotProperties properties) {
    RuleRegistry builtIn = RuleRegistry.builtIn();
    if (properties.pluginsDir() == null) {
      return builtIn;
    }
    RuleRegistry registry = builtIn.plus(plugins.loadDirectory(properties.pluginsDir()));
    log.info(
        "rules: {} built in, {} from plugins in {}",
        builtIn.all().size(),
        registry.all().size() - builtIn.all().size(),
        properties.pluginsDir().toAbsolutePath());
    return registry;
  }

  @Bean
  FeedbackMetrics feedbackMetrics(MeterRegistry registry) {
    return new FeedbackMetrics(registry);
  }

  @Bean
  FeedbackStore feedbackStore(
      JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, FeedbackMetrics metrics) {
    return new FeedbackStore(jdbc, tx, clock, metrics);
  }

  @Bean
  DemotionPolicy demotionPolicy(BotProperties properties) {
    BotProperties.Feedback feedback = properties.feedback();
    return new DemotionPolicy(feedback.demoteShare(), feedback.demoteMinComments());
  }

  @Bean
  FeedbackLoop feedbackLoop(FeedbackStore store, DemotionPolicy policy, BotProperties properties) {
    return new FeedbackLoop(store, policy, properties.feedback().enabled());
  }

  @Bean
  FeedbackEndpoint feedbackEndpoint(FeedbackStore store, DemotionPolicy policy) {
    return new FeedbackEndpoint(store, policy);
  }

  /** Closed on shutdown: it holds the final passes' thread. */
  @Bean(destroyMethod = "close")
  FinalPass finalPass(GitHubClients clients, FeedbackStore store) {
    return new FinalPass(clients, store);
  }

  @Bean
  FeedbackEvents feedbackEvents(FeedbackStore store, FinalPass finalPass) {
    return new FeedbackEvents(store, finalPass);
  }

  @Bean
  ReviewJob reviewJob(
      GitHubClients clients,
      InstallationStore installations,
      RuleRegistry rules,
      FeedbackLoop feedback,
      BotProperties properties) {
    BotProperties.Review review = properties.review();
    return new ReviewJob(
        clients,
        installations,
        rules,
        new ReviewJob.Settings(
            review.maxFileSize().toBytes(),
            review.checkRunName(),
            review.requestChanges(),
            review.fetchThreads()),
        feedback);
  }

  @Bean
  JobWorkers jobWorkers(
      JobQueue queue,
      ReviewJob reviewJob,
      JobMetrics metrics,
      Clock clock,
      BotProperties properties) {
    BotProperties.Queue settings = properties.queue();
    return new JobWorkers(
        queue,
        reviewJob,
        metrics,
        clock,
        new JobWorkers.Settings(
            instanceId(),
            settings.workers(),
            settings.pollInterval(),
            settings.shutdownGrace(),
            settings.deliveryRetention(),
            settings.jobDeadline()));
  }

  /**
   * Readiness DOWN and {@code reviewbot_jobs_stuck} while workers are stuck past the job deadline.
   */
  @Bean
  StuckWorkers workersHealthIndicator(JobWorkers workers, MeterRegistry registry) {
    return new StuckWorkers(workers, registry);
  }

  @Bean
  WebhookIntake webhookIntake(
      ObjectMapper json,
      JobQueue queue,
      InstallationStore installations,
      JobWorkers workers,
      JobMetrics metrics,
      FeedbackEvents feedback,
      BotProperties properties) {
    return new WebhookIntake(
        json,
        queue,
        installations,
        workers,
        metrics,
        properties.review().drafts(),
        properties.feedback().enabled() ? feedback : null);
  }

  /** Bodies and bytes the webhook endpoint reads at once; beyond them deliveries get 503 unread. */
  @Bean
  IntakeBudget intakeBudget(BotProperties properties) {
    return new IntakeBudget(
        properties.webhook().maxConcurrentBodies(),
        properties.webhook().maxBufferedBytes().toBytes());
  }

  @Bean
  RouterFunction<ServerResponse> webhookRoute(
      WebhookIntake intake, IntakeBudget budget, BotProperties properties, Clock clock) {
    BotProperties.Webhook webhook = properties.webhook();
    long max = webhook.maxPayloadSize().toBytes();
    WebhookHandler handler =
        new WebhookHandler(
            new SignatureVerifier(webhook.secret()),
            intake,
            (int) Math.min(max, Integer.MAX_VALUE - 8),
            budget,
            webhook.bodyTimeout(),
            clock);
    return RouterFunctions.route(RequestPredicates.POST("/webhook"), handler::handle)
        .andRoute(
            RequestPredicates.GET("/").and(RequestPredicates.accept(MediaType.ALL)),
            request ->
                ServerResponse.ok().bodyValue("reviewbot: POST GitHub webhooks to /webhook\n"));
  }

  private static String instanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    return host
        + ":"
        + ManagementFactory.getRuntimeMXBean().getPid()
        + ":"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
