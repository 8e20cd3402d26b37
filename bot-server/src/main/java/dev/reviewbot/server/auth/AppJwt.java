package dev.reviewbot.server.auth;

import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The JSON Web Token a GitHub App signs with its private key to act as the App (list its
 * installations, create installation tokens). Issued 60 s in the past against clock drift, valid 9
 * minutes (GitHub allows at most 10).
 */
public final class AppJwt {
  private static final Duration BACKDATE = Duration.ofSeconds(60);
  private static final Duration LIFETIME = Duration.ofMinutes(9);

  private final long appId;
  private final PrivateKey key;
  private final Clock clock;

  public AppJwt(long appId, PrivateKey key, Clock clock) {
    this.appId = appId;
    this.key = key;
    this.clock = clock;
  }

  public String create() {
    Instant now = clock.instant();
    return Jwts.builder()
        .issuer(Long.toString(appId))
        .issuedAt(Date.from(now.minus(BACKDATE)))
        .expiration(Date.from(now.plus(LIFETIME)))
        .signWith(key, Jwts.SIG.RS256)
        .compact();
  }
}
