package dev.reviewbot.server.installation;

import java.util.List;

/**
 * What an {@code installation} or {@code installation_repositories} event says changed.
 *
 * @param status the installation's new status, or {@code null} when only repositories changed
 * @param repositoriesAdded {@code owner/name} of repositories now covered
 * @param repositoriesRemoved {@code owner/name} of repositories no longer covered
 */
public record InstallationChange(
    long installationId,
    String accountLogin,
    String accountType,
    String repositorySelection,
    Status status,
    List<String> repositoriesAdded,
    List<String> repositoriesRemoved) {

  public enum Status {
    ACTIVE,
    SUSPENDED,
    DELETED
  }

  public InstallationChange {
    repositoriesAdded = List.copyOf(repositoriesAdded);
    repositoriesRemoved = List.copyOf(repositoriesRemoved);
  }
}
