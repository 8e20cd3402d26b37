package dev.reviewbot.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.github.GitHubAppApi;
import dev.reviewbot.github.HttpTimeouts;
import dev.reviewbot.server.auth.internal.PemPrivateKeys;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.TestClock;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub App mode: the private key in either PEM form, the App JWT, cached installation tokens. */
class GitHubAppAuthTest {
  private static final long APP_ID = 29310;
  private static final FakeGitHub github = new FakeGitHub();

  @AfterAll
  static void stop() {
    github.close();
  }

  static Path key(String name) throws URISyntaxException {
    return Path.of(GitHubAppAuthTest.class.getResource("/keys/" + name).toURI());
  }

  @Test
  void readsPkcs1AsGitHubHandsItOutAndPkcs8AsTheSameKey() throws Exception {
    PrivateKey pkcs1 = PemPrivateKeys.read(key("test-app-key-pkcs1.pem"));
    PrivateKey pkcs8 = PemPrivateKeys.read(key("test-app-key-pkcs8.pem"));
    assertThat(pkcs1.getEncoded()).isEqualTo(pkcs8.getEncoded());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a key",
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
        "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n",
        "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n"
      })
  void refusesWhatIsNotAnRsaPrivateKeyNamingTheFile(String text, @TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("bad.pem"), text);
    assertThatThrownBy(() -> PemPrivateKeys.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString() + ":");
  }

  @Test
  void cachesAnInstallationTokenUntilShortlyBeforeItExpires() throws Exception {
    PrivateKey key = PemPrivateKeys.read(key("test-app-key-pkcs1.pem"));
    TestClock clock = new TestClock(Instant.now());
    AppJwt jwt = new AppJwt(APP_ID, key, clock);
    InstallationTokens tokens =
        new InstallationTokens(
            new GitHubAppApi(github.apiUrl(), HttpTimeouts.defaults(), jwt::create),
            clock,
            Duration.ofMinutes(5));
    int before = github.installationTokensIssued();

    String first = tokens.token(7);
    assertThat(tokens.token(7)).isEqualTo(first);
    clock.advance(Duration.ofMinutes(54));
    assertThat(tokens.token(7)).as("still 6 minutes left").isEqualTo(first);
    clock.advance(Duration.ofMinutes(2));
    String renewed = tokens.token(7);

    assertThat(renewed).isNotEqualTo(first);
    assertThat(github.installationTokensIssued() - before).isEqualTo(2);
    Claims claims =
        Jwts.parser()
            .verifyWith(publicKeyOf(key))
            .build()
            .parseSignedClaims(github.jwtsSeen().get(github.jwtsSeen().size() - 1))
            .getPayload();
    assertThat(claims.getIssuer()).isEqualTo(Long.toString(APP_ID));
    assertThat(
            Duration.between(claims.getIssuedAt().toInstant(), claims.getExpiration().toInstant()))
        .isLessThanOrEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void reviewsAsTheAppInstallationWithOneTokenForManyReviews(@TempDir Path data) throws Exception {
    String repo = "Codertocat/Hello-World";
    try (ServerInstance server =
        ServerInstance.start(
            Map.of(
                "reviewbot.github.app-id", Long.toString(APP_ID),
                "reviewbot.github.private-key-file", key("test-app-key-pkcs1.pem").toString(),
                "reviewbot.github.api-url", github.apiUrl(),
                "reviewbot.data-dir", data.toString(),
                "reviewbot.queue.poll-interval", "100ms"))) {
      int before = github.installationTokensIssued();
      for (int n = 1; n <= 3; n++) {
        String head = Webhooks.sha("app-" + n);
        github.pullRequest(
            repo,
            100 + n,
            head,
            Webhooks.sha("app-base"),
            List.of(
                FakeGitHub.addedJavaFile(
                    "src/main/java/demo/App" + n + ".java", "App" + n, List.of("flaggedApp"))));
        byte[] body = Webhooks.pullRequest("opened", repo, 100 + n, head, Instant.now());
        assertThat(server.deliver("pull_request", "app-" + n, body)).isEqualTo(202);
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  github.reviews().stream()
                          .filter(r -> r.number() > 100 && r.number() <= 103)
                          .count()
                      == 3);

      assertThat(github.installationTokensIssued() - before)
          .as("one token for the installation, cached")
          .isOne();
      assertThat(github.reviewComments())
          .filteredOn(c -> c.number() > 100 && c.number() <= 103)
          .extracting(FakeGitHub.Comment::login)
          .containsOnly(FakeGitHub.APP_SLUG + "[bot]");
    }
  }

  private static PublicKey publicKeyOf(PrivateKey key) throws Exception {
    RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
    return KeyFactory.getInstance("RSA")
        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
  }
}
