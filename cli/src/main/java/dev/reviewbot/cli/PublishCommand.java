package dev.reviewbot.cli;

import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishException;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.github.ReviewBundleException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Posts a review bundle made by 'reviewbot check --bundle' on its pull request: one review with the new",
      "inline comments, one summary comment, one check run. Reads no code: safe in a job that holds a write token",
      "(phase B of the fork-safe workflow)."
    },
    footer = {
      "",
      "Exit codes: 0 posted (or the pull request has a newer head), 2 bad bundle, missing token, or GitHub refused."
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--bundle",
      paramLabel = "FILE",
      required = true,
      description = "The review bundle to post.")
  Path bundle;

  @Option(
      names = "--token-env",
      paramLabel = "NAME",
      defaultValue = "GITHUB_TOKEN",
      description = "Environment variable holding the GitHub token (default: ${DEFAULT-VALUE}).")
  String tokenEnv;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "GitHub API URL, e.g. https://ghe.example.com/api/v3 (default: $GITHUB_API_URL, else https://api.github.com).")
  String apiUrl;

  @Override
  public Integer call() {
    ReviewBundle review;
    try {
      review = ReviewBundle.read(bundle);
    } catch (ReviewBundleException e) {
      throw new UserError(e.getMessage(), e);
    }
    String token = System.getenv(tokenEnv);
    if (token == null || token.isBlank()) {
      throw new UserError(
          "no GitHub token: the environment variable "
              + tokenEnv
              + " is not set (choose another with --token-env NAME)");
    }
    String url =
        apiUrl != null
            ? apiUrl
            : System.getenv().getOrDefault("GITHUB_API_URL", GitHubApiClient.GITHUB_COM);
    PublishResult result;
    try {
      result =
          new GitHubPublisher(GitHubApiClient.connect(url, token), PublishOptions.defaults())
              .publish(review.plan(), review.pullRequest());
    } catch (PublishException e) {
      throw new UserError(e.getMessage(), e);
    }
    result.warnings().forEach(w -> spec.commandLine().getErr().println("reviewbot: warning: " + w));
    if (result.isRefused()) {
      spec.commandLine().getErr().println("reviewbot: " + result.message());
      return ExitCode.USAGE;
    }
    spec.commandLine().getOut().println(result.message());
    return ExitCode.CLEAN;
  }
}
