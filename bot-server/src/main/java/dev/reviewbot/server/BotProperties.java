package dev.reviewbot.server;

import dev.reviewbot.github.HttpTimeouts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the service reads from {@code reviewbot.*}. Bound and validated at start-up, so a
 * wrong value stops the process with the property's name instead of failing on the first webhook.
 *
 * @param dataDir where the embedded H2 database lives when no database URL is set
 * @param pluginsDir rule plugin jars the operator installed; the only place the server loads code
 *     from (a repository's {@code plugins:} key is never loaded). Unset: built-in rules only.
 */
@Validated
@ConfigurationProperties("reviewbot")
public record BotProperties(
    @NotNull @DefaultValue("./data") Path dataDir,
    Path pluginsDir,
    @Valid @NotNull @DefaultValue Webhook webhook,
    @Valid @NotNull @DefaultValue GitHub github,
    @Valid @NotNull @DefaultValue Database database,
    @Valid @NotNull @DefaultValue Queue queue,
    @Valid @NotNull @DefaultValue Review review,
    @Valid @NotNull @DefaultValue Feedback feedback) {

  /**
   * @param secret the webhook secret configured on the GitHub App
   * @param maxPayloadSize bodies above this are refused with 413 (GitHub caps payloads at 25 MB)
   * @param maxConcurrentBodies bodies read at once; more get 503 with {@code Retry-After} unread
   * @param maxBufferedBytes declared sizes of the bodies read at once, together; more get 503
   *     unread
   * @param bodyTimeout a body not received in this time gets 408 and frees its share of the budget
   */
  public record Webhook(
      @NotBlank String secret,
      @NotNull @DefaultValue("25MB") DataSize maxPayloadSize,
      @Min(1) @DefaultValue("8") int maxConcurrentBodies,
      @NotNull @DefaultValue("64MB") DataSize maxBufferedBytes,
      @NotNull @DefaultValue("30s") Duration bodyTimeout) {

    @AssertTrue(
        message =
            "reviewbot.webhook.max-buffered-bytes must be at least reviewbot.webhook.max-payload-size")
    public boolean isBudgetLargeEnough() {
      return maxPayloadSize == null
          || maxBufferedBytes == null
          || maxBufferedBytes.toBytes() >= maxPayloadSize.toBytes();
    }

    @Override
    public String toString() {
      return "Webhook[secret=****, maxPayloadSize="
          + maxPayloadSize
          + ", maxConcurrentBodies="
          + maxConcurrentBodies
          + ", maxBufferedBytes="
          + maxBufferedBytes
          + ", bodyTimeout="
          + bodyTimeout
          + "]";
    }
  }

  /**
   * Either GitHub App credentials ({@code app-id} + {@code private-key-file}) or a personal token.
   *
   * @param apiUrl REST API root; {@code https://HOST/api/v3} on GitHub Enterprise Server
   * @param tokenRefreshMargin an installation token is renewed this long before it expires
   * @param connectTimeout to open a connection to the API
   * @param readTimeout for one whole API call, from sending it to the last byte of the answer;
   *     timed-out calls other than POST are retried
   */
  public record GitHub(
      @NotNull @DefaultValue("https://api.github.com") URI apiUrl,
      Long appId,
      Path privateKeyFile,
      String token,
      @NotNull @DefaultValue("5m") Duration tokenRefreshMargin,
      @NotNull @DefaultValue("10s") Duration connectTimeout,
      @NotNull @DefaultValue("30s") Duration readTimeout) {

    public HttpTimeouts timeouts() {
      return new HttpTimeouts(connectTimeout, readTimeout);
    }

    @AssertTrue(message = "reviewbot.github.connect-timeout and read-timeout must be positive")
    public boolean isTimeoutsPositive() {
      return connectTimeout == null
          || readTimeout == null
          || (connectTimeout.compareTo(Duration.ZERO) > 0
              && readTimeout.compareTo(Duration.ZERO) > 0);
    }

    public boolean appMode() {
      return appId != null;
    }

    @AssertTrue(
        message =
            "set reviewbot.github.app-id and reviewbot.github.private-key-file (GitHub App mode) "
                + "or reviewbot.github.token (personal-token mode)")
    public boolean isCredentialsGiven() {
      return appId != null || hasToken();
    }

    @AssertTrue(message = "set reviewbot.github.app-id or reviewbot.github.token, not both")
    public boolean isOneCredentialKind() {
      return appId == null || !hasToken();
    }

    @AssertTrue(
        message =
            "reviewbot.github.app-id is set, so reviewbot.github.private-key-file is required")
    public boolean isPrivateKeyGiven() {
      return appId == null || privateKeyFile != null;
    }

    @AssertTrue(message = "reviewbot.github.api-url must be an absolute http(s) URL")
    public boolean isApiUrlHttp() {
      return apiUrl == null
          || "https".equals(apiUrl.getScheme())
          || "http".equals(apiUrl.getScheme());
    }

    @AssertTrue(
        message =
            "reviewbot.github.api-url must not carry credentials (user:token@): set reviewbot.github.token instead")
    public boolean isApiUrlWithoutCredentials() {
      return apiUrl == null || apiUrl.getRawUserInfo() == null;
    }

    private boolean hasToken() {
      return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
      String url =
          apiUrl == null || apiUrl.getRawUserInfo() == null
              ? String.valueOf(apiUrl)
              : apiUrl.toString().replace(apiUrl.getRawUserInfo() + "@", "****@");
      return "GitHub[apiUrl="
          + url
          + ", appId="
          + appId
          + ", privateKeyFile="
          + privateKeyFile
          + ", token="
          + (token == null ? "none" : "****")
          + "]";
    }
  }

  /**
   * @param url JDBC URL; empty means the embedded H2 file database under {@code data-dir}. Use
   *     PostgreSQL to run several instances against one queue.
   */
  public record Database(
      String url, String username, String password, @Min(1) @DefaultValue("10") int poolSize) {
    @Override
    public String toString() {
      return "Database[url="
          + url
          + ", username="
          + username
          + ", password=****, poolSize="
          + poolSize
          + "]";
    }
  }

  /**
   * @param workers review jobs run at once by this instance
   * @param pollInterval how often an idle worker looks for work queued by other instances
   * @param lease how long a claimed job stays this instance's without a renewal; after that another
   *     instance takes it over (crash recovery)
   * @param maxAttempts tries before a job is given up
   * @param initialBackoff wait before the first retry, doubled per try up to {@code maxBackoff}
   * @param shutdownGrace on shutdown, in-flight jobs get this long to finish, then are released
   * @param deliveryRetention delivery ids are kept this long for de-duplication (GitHub redelivers
   *     for up to 3 days)
   * @param jobDeadline longest one try of a review may run; past it the try fails (and is retried
   *     or given up), its lease is no longer renewed, and readiness goes DOWN while every worker is
   *     still busy past it
   */
  public record Queue(
      @Min(0) @Max(64) @DefaultValue("2") int workers,
      @NotNull @DefaultValue("1s") Duration pollInterval,
      @NotNull @DefaultValue("5m") Duration lease,
      @Min(1) @DefaultValue("5") int maxAttempts,
      @NotNull @DefaultValue("30s") Duration initialBackoff,
      @NotNull @DefaultValue("30m") Duration maxBackoff,
      @NotNull @DefaultValue("30s") Duration shutdownGrace,
      @NotNull @DefaultValue("14d") Duration deliveryRetention,
      @NotNull @DefaultValue("10m") Duration jobDeadline) {

    @AssertTrue(message = "reviewbot.queue.job-deadline must be positive")
    public boolean isJobDeadlinePositive() {
      return jobDeadline == null || jobDeadline.compareTo(Duration.ZERO) > 0;
    }
  }

  /**
   * @param drafts review draft pull requests too
   * @param maxFileSize changed files larger than this are not fetched or analyzed
   * @param checkRunName name of the check run posted per head; empty posts none
   * @param requestChanges post the review as REQUEST_CHANGES when an error-level finding exists
   * @param fetchThreads concurrent content requests per review
   */
  public record Review(
      @DefaultValue("false") boolean drafts,
      @NotNull @DefaultValue("1MB") DataSize maxFileSize,
      @DefaultValue("reviewbot") String checkRunName,
      @DefaultValue("false") boolean requestChanges,
      @Min(1) @Max(16) @DefaultValue("4") int fetchThreads) {}

  /**
   * @param enabled record what becomes of the bot's comments and act on it
   * @param demoteShare a rule moves to the summary for a repository when more than this share of
   *     its comments there were marked not useful or dismissed...
   * @param demoteMinComments ...out of at least this many
   */
  public record Feedback(
      @DefaultValue("true") boolean enabled,
      @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.10") double demoteShare,
      @Min(1) @DefaultValue("20") int demoteMinComments) {}
}
