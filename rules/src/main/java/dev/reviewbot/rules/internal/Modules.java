package dev.reviewbot.rules.internal;

/** Which build module a repository path belongs to, told from the path alone. */
public final class Modules {
  private Modules() {}

  /**
   * The directory before the path's source root: {@code analyzer} for {@code
   * analyzer/src/main/java/...}; "" for {@code src/...} and for a path without one.
   */
  public static String beforeSourceRoot(String path) {
    int src = path.indexOf("/src/");
    return path.startsWith("src/") || src < 0 ? "" : path.substring(0, src);
  }

  /**
   * As {@link #beforeSourceRoot}, but named for people: {@code (root module)} for {@code src/...},
   * and the top-level directory of a path without a source root.
   */
  public static String of(String path) {
    if (path.startsWith("src/")) {
      return "(root module)";
    }
    if (path.contains("/src/")) {
      return beforeSourceRoot(path);
    }
    int slash = path.indexOf('/');
    return slash < 0 ? "(top-level files)" : path.substring(0, slash);
  }
}
