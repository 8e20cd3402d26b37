package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.registry.RuleLinks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same review against a GitHub Enterprise Server, whose REST API is under /api/v3 and GraphQL
 * at /api/graphql.
 */
class EnterpriseServerTest {
  private final RecordedGitHub github = new RecordedGitHub("/api/v3");
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final PublishOptions options =
      PublishOptions.defaults().withRuleLinks(new RuleLinks("https://docs.example/rules/"));

  @AfterEach
  void stop() {
    assertThat(github.server.findAllUnmatchedRequests()).isEmpty();
    github.close();
  }

  @Test
  void postsUnderTheEnterpriseApiPathAndResolvesThroughItsGraphqlEndpoint() {
    GitHubPublisher publisher = new GitHubPublisher(github.client(sleeper), options);
    publisher.publish(
        Plans.plan(List.of(Plans.warning("a-rule", Plans.WORKFLOW_RUN, 40))), RecordedGitHub.PR);
    github.absorb();
    github.stub(
        post(urlPathEqualTo("/api/graphql")),
        github.ok(
            "{\"data\":{\"repository\":{\"pullRequest\":{\"reviewThreads\":{\"nodes\":[],\"pageInfo\":{\"hasNextPage\":false}}}}}}"));

    PublishResult second = publisher.publish(Plans.plan(List.of()), RecordedGitHub.PR);

    assertThat(github.requests("POST", RecordedGitHub.pullsPath("/reviews"))).hasSize(1);
    assertThat(github.requests("POST", RecordedGitHub.issuesPath("/comments"))).hasSize(1);
    assertThat(github.server.getAllServeEvents())
        .allMatch(e -> e.getRequest().getUrl().startsWith("/api/"));
    assertThat(github.server.getAllServeEvents())
        .anyMatch(e -> e.getRequest().getUrl().equals("/api/graphql"));
    assertThat(second.resolved()).isEqualTo(1);
    assertThat(second.warnings()).isEmpty();
  }
}
