package dev.reviewbot.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The GitHub App webhook service: webhooks in, a durable queue in between, reviews out. */
@SpringBootApplication
@EnableConfigurationProperties(BotProperties.class)
public class ReviewbotServer {

  public static void main(String[] args) {
    SpringApplication.run(ReviewbotServer.class, args);
  }
}
