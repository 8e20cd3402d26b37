package dev.reviewbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule API against accidental change: every public type, constructor, method and field
 * of {@code dev.reviewbot.api}, with its stability, is compared with the committed snapshot {@value
 * #SNAPSHOT}. Rule authors compile against these signatures, so a change must be a decision; the
 * failure message says how to record one.
 */
class ApiSignaturesTest {
  static final String SNAPSHOT = "src/test/resources/api-signatures.txt";
  static final String UPDATE_PROPERTY = "reviewbot.updateApiSnapshot";

  @Test
  void publicSignaturesMatchTheCommittedSnapshot() throws IOException {
    List<String> actual = signatures();
    Path snapshot = Path.of(SNAPSHOT);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.writeString(snapshot, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    List<String> expected =
        Files.exists(snapshot) ? Files.readAllLines(snapshot, StandardCharsets.UTF_8) : List.of();
    if (!expected.equals(actual)) {
      throw new AssertionError(explain(expected, actual));
    }
  }

  @Test
  void theSnapshotCoversEveryKindOfElementAndMarksExperimentalOnes() {
    List<String> lines = signatures();

    assertThat(lines)
        .contains(
            "type public abstract sealed interface dev.reviewbot.api.Rule permits dev.reviewbot.api.JavaRule, dev.reviewbot.api.ChangeRule");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("type ")
                    && l.contains("dev.reviewbot.api.ChangeContext")
                    && l.endsWith(" @Experimental"));
    assertThat(lines)
        .contains("  public abstract java.lang.String dev.reviewbot.api.RuleInfo.since()");
    assertThat(lines)
        .contains(
            "  public abstract dev.reviewbot.api.Severity dev.reviewbot.api.RuleInfo.severity() default WARNING");
    assertThat(lines)
        .contains(
            "  public static final dev.reviewbot.api.Severity dev.reviewbot.api.Severity.ERROR");
  }

  private static String explain(List<String> expected, List<String> actual) {
    Set<String> removed = new LinkedHashSet<>(expected);
    actual.forEach(removed::remove);
    Set<String> added = new LinkedHashSet<>(actual);
    expected.forEach(added::remove);
    StringBuilder text =
        new StringBuilder("The public signatures of the rule API (dev.reviewbot.api) differ from ")
            .append("rule-api/")
            .append(SNAPSHOT)
            .append(":\n");
    removed.forEach(line -> text.append("  - ").append(line.strip()).append('\n'));
    added.forEach(line -> text.append("  + ").append(line.strip()).append('\n'));
    return text.append(
            """
        Rule authors compile against these signatures. If this change is deliberate: keep stable elements
        compatible (add methods with defaults; never remove or change one), mark new elements @Experimental
        until they have settled, then record the new surface with
            mvn -pl rule-api test -Dtest=ApiSignaturesTest -Dreviewbot.updateApiSnapshot=true
        and commit the snapshot with the change.""")
        .toString();
  }

  /**
   * One line per public type ({@code type ...}) followed by its indented public members, sorted.
   */
  static List<String> signatures() {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      boolean experimental = type.isAnnotationPresent(Experimental.class);
      lines.add("type " + describe(type) + (experimental ? " @Experimental" : ""));
      TreeSet<String> members = new TreeSet<>();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        add(members, constructor, constructor.toGenericString(), experimental);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isBridge()) {
          String defaultValue =
              method.getDefaultValue() == null ? "" : " default " + text(method.getDefaultValue());
          add(members, method, method.toGenericString() + defaultValue, experimental);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        add(members, field, field.toGenericString(), experimental);
      }
      members.forEach(m -> lines.add("  " + m));
    }
    return lines;
  }

  private static void add(
      Set<String> members, Member member, String signature, boolean typeExperimental) {
    int modifiers = member.getModifiers();
    if (member.isSynthetic()
        || !(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
      return;
    }
    boolean experimental =
        typeExperimental || ((AnnotatedElement) member).isAnnotationPresent(Experimental.class);
    members.add(signature + (experimental ? " @Experimental" : ""));
  }

  private static String describe(Class<?> type) {
    StringBuilder text =
        new StringBuilder(
            type.toGenericString()
                .replace(" interface ", type.isSealed() ? " sealed interface " : " interface "));
    if (type.isSealed() && !type.isInterface()) {
      text.insert(text.indexOf(type.isRecord() ? " record " : " class "), " sealed");
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      text.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      text.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      text.append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static String text(Object value) {
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(text(Array.get(value, i)));
      }
      return "{" + String.join(", ", items) + "}";
    }
    return value instanceof String s ? '"' + s + '"' : value.toString();
  }

  /** The public types of the package, nested ones included, by name. */
  private static List<Class<?>> publicTypes() {
    Path classes = classesDirectory().resolve(Rule.class.getPackageName().replace('.', '/'));
    try (Stream<Path> files = Files.list(classes)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
          .<Class<?>>map(
              n ->
                  load(
                      Rule.class.getPackageName()
                          + "."
                          + n.substring(0, n.length() - ".class".length())))
          .filter(ApiSignaturesTest::isPublicApi)
          .sorted(Comparator.comparing(Class::getName))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSignaturesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path classesDirectory() {
    try {
      Path location =
          Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(location)) {
        throw new IllegalStateException(
            "expected the rule API's compiled classes in a directory, found " + location);
      }
      return location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
