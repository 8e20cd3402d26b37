package dev.reviewbot.declared;

import dev.reviewbot.api.Severity;
import dev.reviewbot.glob.Glob;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of {@code banned:} in {@code .reviewbot.yml}: an API a team does not want in new code.
 * Names are fully qualified, as the code would import them. Matching is on the AST with the file's
 * imports, package and scopes, never on the text.
 *
 * @param id the rule id, used in configuration, suppressions and reports
 * @param message what every finding says
 * @param severity the default severity
 * @param types types banned in any use: imports, constructor calls, the declared types of fields,
 *     variables, parameters and return values, type arguments, casts, {@code instanceof}, {@code
 *     extends}/{@code implements}, annotations, and static calls or fields on the type
 * @param constructors types whose constructors must not be called ({@code new X(..)}, {@code
 *     X::new})
 * @param methods methods by owner and name: calls and method references, static or on a variable
 *     declared with the owner's type
 * @param imports import statements: a name ({@code java.util.Date}, which also covers its members
 *     and nested types) or a package and all under it ({@code sun.misc.*})
 * @param annotations annotation types
 * @param paths globs the ban is limited to; empty: every file
 */
public record Ban(
    String id,
    String message,
    Severity severity,
    Set<String> types,
    Set<String> constructors,
    Set<MethodName> methods,
    List<String> imports,
    Set<String> annotations,
    List<Glob> paths) {

  public Ban {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    types = Set.copyOf(types);
    constructors = Set.copyOf(constructors);
    methods = Set.copyOf(methods);
    imports = List.copyOf(imports);
    annotations = Set.copyOf(annotations);
    paths = List.copyOf(paths);
    if (types.isEmpty()
        && constructors.isEmpty()
        && methods.isEmpty()
        && imports.isEmpty()
        && annotations.isEmpty()) {
      throw new IllegalArgumentException("ban " + id + " bans nothing");
    }
  }

  /** True if the ban applies to the file at {@code path}. */
  public boolean appliesTo(String path) {
    return paths.isEmpty() || paths.stream().anyMatch(glob -> glob.matches(path));
  }

  /** True if an import of {@code name} ({@code a.b.C}, {@code a.b.*} as {@code a.b}) is banned. */
  public boolean bansImport(String name) {
    for (String banned : imports) {
      if (banned.endsWith(".*")) {
        String prefix = banned.substring(0, banned.length() - 2);
        if (name.equals(prefix) || name.startsWith(prefix + ".")) {
          return true;
        }
      } else if (name.equals(banned) || name.startsWith(banned + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A method by owner type and name, written {@code java.lang.System#exit}.
   *
   * @param owner the fully qualified type declaring it
   * @param name the method's name
   */
  public record MethodName(String owner, String name) {
    public MethodName {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(name, "name");
    }

    /**
     * Parses {@code owner#name}.
     *
     * @throws IllegalArgumentException saying what is expected
     */
    public static MethodName parse(String text) {
      int hash = text.indexOf('#');
      if (hash < 0 || hash != text.lastIndexOf('#')) {
        throw new IllegalArgumentException(
            "expected owner#name, e.g. java.lang.System#exit, but was '" + text + "'");
      }
      String owner = text.substring(0, hash).trim();
      String name = text.substring(hash + 1).trim();
      if (!JavaNames.isQualified(owner) || !JavaNames.isIdentifier(name)) {
        throw new IllegalArgumentException(
            "expected a fully qualified type, '#' and a method name, e.g. java.lang.System#exit, but was '"
                + text
                + "'");
      }
      return new MethodName(owner, name);
    }

    @Override
    public String toString() {
      return owner + "#" + name;
    }
  }
}
