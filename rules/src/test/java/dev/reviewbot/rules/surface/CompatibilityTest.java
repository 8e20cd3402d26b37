package dev.reviewbot.rules.surface;

import static dev.reviewbot.rules.surface.Compatibility.BINARY_ONLY_BREAK;
import static dev.reviewbot.rules.surface.Compatibility.BOTH_COMPATIBLE;
import static dev.reviewbot.rules.surface.Compatibility.BREAKS_BOTH;
import static dev.reviewbot.rules.surface.Compatibility.SOURCE_ONLY_BREAK;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How each change to exported API is classified (JLS 13, japicmp): a base and a head version of one
 * file, the compatibility of the change as a whole, and the kinds of change found. No kinds means
 * no change at all.
 */
class CompatibilityTest {
  private static final JavaParser PARSER =
      new JavaParser(
          new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));

  static Stream<Arguments> changes() {
    return Stream.of(
        // constructors
        change(
            "the implicit default constructor written out is no change",
            "public class A {}",
            "public class A {\n  public A() {}\n}",
            BOTH_COMPATIBLE),
        change(
            "an explicit no-argument constructor left to the compiler is no change",
            "public class A {\n  public A() {}\n}",
            "public class A {}",
            BOTH_COMPATIBLE),
        change(
            "a private constructor replacing the implicit public one narrows it",
            "public class A {\n  public static void run() {}\n}",
            "public class A {\n  private A() {}\n  public static void run() {}\n}",
            BREAKS_BOTH,
            "MEMBER_LESS_ACCESSIBLE"),
        change(
            "a constructor with parameters replacing the implicit one changes its signature",
            "public class A {}",
            "public class A {\n  public A(int size) {}\n}",
            BREAKS_BOTH,
            "PARAMETERS_CHANGED"),
        // final and abstract
        change(
            "removing final from a method is compatible",
            cls("public final void a() {}"),
            cls("public void a() {}"),
            BOTH_COMPATIBLE,
            "METHOD_NO_LONGER_FINAL"),
        change(
            "removing final from a class is compatible",
            "public final class A {}",
            "public class A {}",
            BOTH_COMPATIBLE,
            "TYPE_NO_LONGER_FINAL"),
        change(
            "adding final to an overridable method breaks overriders",
            cls("public void a() {}"),
            cls("public final void a() {}"),
            BREAKS_BOTH,
            "METHOD_NOW_FINAL"),
        change(
            "adding final to a method of a final class is no change",
            "public final class A {\n  public void a() {}\n}",
            "public final class A {\n  public final void a() {}\n}",
            BOTH_COMPATIBLE),
        change(
            "making an extensible class final breaks subclasses",
            "public class A {}",
            "public final class A {}",
            BREAKS_BOTH,
            "TYPE_NOW_FINAL"),
        change(
            "making a class with only private constructors final is compatible",
            "public class A {\n  private A() {}\n}",
            "public final class A {\n  private A() {}\n}",
            BOTH_COMPATIBLE),
        change(
            "protected members of a class made final are reported with the class, not one by one",
            "public class A {\n  protected void hook() {}\n}",
            "public final class A {\n  protected void hook() {}\n}",
            BREAKS_BOTH,
            "TYPE_NOW_FINAL"),
        change(
            "making a class abstract breaks `new`",
            "public class A {}",
            "public abstract class A {}",
            BREAKS_BOTH,
            "TYPE_NOW_ABSTRACT"),
        change(
            "making a method abstract breaks subclasses",
            "public abstract class A {\n  public void a() {}\n}",
            "public abstract class A {\n  public abstract void a();\n}",
            BREAKS_BOTH,
            "METHOD_NOW_ABSTRACT"),
        change(
            "a default method made abstract breaks implementations",
            "public interface A {\n  default void a() {}\n}",
            "public interface A {\n  void a();\n}",
            BREAKS_BOTH,
            "METHOD_NOW_ABSTRACT"),
        // access
        change(
            "narrowing public to protected breaks callers",
            cls("public int size() { return 0; }"),
            cls("protected int size() { return 0; }"),
            BREAKS_BOTH,
            "MEMBER_LESS_ACCESSIBLE"),
        change(
            "narrowing public to package-private breaks callers",
            cls("public int size() { return 0; }"),
            cls("int size() { return 0; }"),
            BREAKS_BOTH,
            "MEMBER_LESS_ACCESSIBLE"),
        change(
            "widening protected to public is compatible",
            cls("protected int size() { return 0; }"),
            cls("public int size() { return 0; }"),
            BOTH_COMPATIBLE,
            "MEMBER_MORE_ACCESSIBLE"),
        change(
            "a nested class made package-private is no longer exported",
            cls("public static class In {}"),
            cls("static class In {}"),
            BREAKS_BOTH,
            "TYPE_LESS_ACCESSIBLE"),
        // exceptions
        change(
            "adding a checked exception breaks callers' compilation only",
            cls("public static void read() {}"),
            cls("public static void read() throws java.io.IOException {}"),
            SOURCE_ONLY_BREAK,
            "CHECKED_EXCEPTION_ADDED"),
        change(
            "removing a checked exception breaks callers that catch it, as japicmp classifies it",
            cls("public void read() throws IOException {}"),
            cls("public void read() {}"),
            SOURCE_ONLY_BREAK,
            "CHECKED_EXCEPTION_REMOVED"),
        change(
            "adding an unchecked exception is compatible",
            cls("public void read() {}"),
            cls("public void read() throws IllegalStateException {}"),
            BOTH_COMPATIBLE,
            "THROWS_CHANGED_COMPATIBLY"),
        change(
            "an exception declared in the file as a RuntimeException is unchecked",
            cls("public void read() {}\n  public static class Oops extends RuntimeException {}"),
            cls(
                "public void read() throws Oops {}\n  public static class Oops extends RuntimeException {}"),
            BOTH_COMPATIBLE,
            "THROWS_CHANGED_COMPATIBLY"),
        change(
            "a subclass of a declared checked exception is nothing new to handle",
            cls("public void read() throws IOException {}"),
            cls("public void read() throws IOException, FileNotFoundException {}"),
            BOTH_COMPATIBLE,
            "THROWS_CHANGED_COMPATIBLY"),
        // return and parameter types
        change(
            "changing a return type breaks both",
            cls("public int size() { return 0; }"),
            cls("public long size() { return 0; }"),
            BREAKS_BOTH,
            "RETURN_TYPE_CHANGED"),
        change(
            "narrowing an Object return type keeps callers compiling but breaks linking",
            cls("public Object get() { return null; }"),
            cls("public String get() { return null; }"),
            BINARY_ONLY_BREAK,
            "RETURN_TYPE_NARROWED"),
        change(
            "changing a return type's type arguments breaks only source",
            cls("public List<String> names() { return null; }"),
            cls("public List<Integer> names() { return null; }"),
            SOURCE_ONLY_BREAK,
            "RETURN_TYPE_GENERICS_CHANGED"),
        change(
            "a raw return type made generic is compatible",
            cls("public List names() { return null; }"),
            cls("public List<String> names() { return null; }"),
            BOTH_COMPATIBLE,
            "TYPE_MADE_GENERIC"),
        change(
            "changing a parameter type breaks both",
            cls("public void put(String key) {}"),
            cls("public void put(Integer key) {}"),
            BREAKS_BOTH,
            "PARAMETERS_CHANGED"),
        change(
            "adding a parameter breaks both",
            cls("public void put(String key) {}"),
            cls("public void put(String key, int hint) {}"),
            BREAKS_BOTH,
            "PARAMETERS_CHANGED"),
        change(
            "widening an int parameter to long keeps callers compiling but breaks linking",
            cls("public void skip(int n) {}"),
            cls("public void skip(long n) {}"),
            BINARY_ONLY_BREAK,
            "PARAMETER_TYPE_WIDENED"),
        change(
            "a parameter widened from an implementation to its interface keeps callers compiling",
            cls("public A(DefaultResolver resolver) {}"),
            cls("public A(Resolver resolver) {}"),
            BINARY_ONLY_BREAK,
            "PARAMETER_TYPE_WIDENED"),
        change(
            "a String parameter widened to CharSequence keeps callers compiling",
            cls("public void append(String text) {}"),
            cls("public void append(CharSequence text) {}"),
            BINARY_ONLY_BREAK,
            "PARAMETER_TYPE_WIDENED"),
        change(
            "a List return type narrowed to ArrayList keeps callers compiling",
            cls("public List<String> names() { return null; }"),
            cls("public ArrayList<String> names() { return null; }"),
            BINARY_ONLY_BREAK,
            "RETURN_TYPE_NARROWED"),
        change(
            "renaming a parameter is no change",
            cls("public void put(String key) {}"),
            cls("public void put(String name) {}"),
            BOTH_COMPATIBLE),
        change(
            "renaming a method's type variable is no change",
            cls("public <T> T id(T t) { return t; }"),
            cls("public <U> U id(U u) { return u; }"),
            BOTH_COMPATIBLE),
        change(
            "a varargs parameter turned into an array breaks callers' source only",
            cls("public void all(String... names) {}"),
            cls("public void all(String[] names) {}"),
            SOURCE_ONLY_BREAK,
            "NO_LONGER_VARARGS"),
        change(
            "an array parameter turned into varargs is compatible",
            cls("public void all(String[] names) {}"),
            cls("public void all(String... names) {}"),
            BOTH_COMPATIBLE,
            "NOW_VARARGS"),
        // static
        change(
            "a static method made an instance method breaks both",
            cls("public static void run() {}"),
            cls("public void run() {}"),
            BREAKS_BOTH,
            "STATIC_CHANGED"),
        change(
            "a field made static breaks both",
            cls("public int count;"),
            cls("public static int count;"),
            BREAKS_BOTH,
            "STATIC_CHANGED"),
        // fields and constants
        change(
            "a field made final breaks code that assigns it",
            cls("public int count;"),
            cls("public final int count = 0;"),
            BREAKS_BOTH,
            "FIELD_NOW_FINAL"),
        change(
            "changing a field's type breaks both",
            cls("public int count;"),
            cls("public long count;"),
            BREAKS_BOTH,
            "FIELD_TYPE_CHANGED"),
        change(
            "a constant's new value is copied into callers only when they recompile",
            cls("public static final int LIMIT = 10;"),
            cls("public static final int LIMIT = 20;"),
            BINARY_ONLY_BREAK,
            "CONSTANT_VALUE_CHANGED"),
        change(
            "a constant written another way with the same value is no change",
            cls(
                "public static final int SIZE = 1 << 10;\n  public static final long MAX = (long) Integer.MAX_VALUE;"),
            cls(
                "public static final int SIZE = 1024;\n  public static final long MAX = Integer.MAX_VALUE;"),
            BOTH_COMPATIBLE),
        change(
            "a static final field that is no compile-time constant can change its value",
            cls("public static final List<String> NAMES = List.of(\"a\");"),
            cls("public static final List<String> NAMES = List.of(\"a\", \"b\");"),
            BOTH_COMPATIBLE),
        // additions
        change(
            "a new overload is compatible",
            cls("public void put(String key) {}"),
            cls("public void put(String key) {}\n  public void put(int key) {}"),
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        change(
            "an abstract method added to an interface breaks implementations' source",
            "public interface A {\n  void a();\n}",
            "public interface A {\n  void a();\n  void b();\n}",
            SOURCE_ONLY_BREAK,
            "ABSTRACT_METHOD_ADDED"),
        change(
            "a default method added to an interface is compatible",
            "public interface A {\n  void a();\n}",
            "public interface A {\n  void a();\n  default void b() {}\n}",
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        change(
            "an abstract method added to a sealed interface breaks nobody outside",
            "public sealed interface A permits B {\n  void a();\n}\nfinal class B implements A { public void a() {} }",
            "public sealed interface A permits B {\n  void a();\n  void b();\n}\nfinal class B implements A {}",
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        change(
            "a method added to a final class is compatible",
            "public final class A {}",
            "public final class A {\n  public void a() {}\n}",
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        change(
            "an enum constant added is compatible",
            "public enum A { X }",
            "public enum A { X, Y }",
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        change(
            "an annotation element without a default breaks every use",
            "public @interface A {}",
            "public @interface A {\n  String value();\n}",
            SOURCE_ONLY_BREAK,
            "ELEMENT_ADDED_WITHOUT_DEFAULT"),
        change(
            "an annotation element with a default is compatible",
            "public @interface A {}",
            "public @interface A {\n  String value() default \"\";\n}",
            BOTH_COMPATIBLE,
            "MEMBER_ADDED"),
        // removals
        change(
            "removing a public method breaks both",
            cls("public void a() {}\n  public void b() {}"),
            cls("public void a() {}"),
            BREAKS_BOTH,
            "MEMBER_REMOVED"),
        change(
            "removing a deprecated public method still breaks, as announced",
            cls("public void a() {}\n  @Deprecated\n  public void b() {}"),
            cls("public void a() {}"),
            BREAKS_BOTH,
            "MEMBER_REMOVED"),
        change(
            "an enum constant removed breaks both",
            "public enum A { X, Y }",
            "public enum A { X }",
            BREAKS_BOTH,
            "MEMBER_REMOVED"),
        change(
            "removing a public class breaks both",
            "public class A {}\nclass B {}",
            "class B {}",
            BREAKS_BOTH,
            "TYPE_REMOVED"),
        change(
            "a member moved to a superclass in the same file is compatible",
            "public class A extends Base {\n  public void a() {}\n}\nclass Base {}",
            "public class A extends Base {}\nclass Base {\n  public void a() {}\n}",
            BOTH_COMPATIBLE,
            "MEMBER_MOVED_TO_SUPERTYPE"),
        change(
            "a field moved to a superclass in another file is compatible when the type still uses it",
            "public class A extends Base {\n  protected int count;\n  void inc() { count++; }\n}",
            "public class A extends Base {\n  void inc() { count++; }\n}",
            BOTH_COMPATIBLE,
            "MEMBER_MOVED_TO_SUPERTYPE"),
        change(
            "a method still called in the type it left was moved up",
            "public class A extends Base {\n  protected void check() {}\n  void run() { check(); }\n}",
            "public class A extends Base {\n  void run() { this.check(); }\n}",
            BOTH_COMPATIBLE,
            "MEMBER_MOVED_TO_SUPERTYPE"),
        change(
            "a field whose name is now a local variable was removed, not moved",
            "public class A extends Base {\n  protected int count;\n}",
            "public class A extends Base {\n  void inc() { int count = 0; count++; }\n}",
            BREAKS_BOTH,
            "MEMBER_REMOVED"),
        change(
            "an override removed leaves the inherited method callable",
            cls("@Override\n  public String toString() { return \"\"; }"),
            cls(""),
            BOTH_COMPATIBLE,
            "OVERRIDE_REMOVED"),
        change(
            "an existing method marked @Override is no change",
            "public class A implements AutoCloseable {\n  public void close() {}\n}",
            "public class A implements AutoCloseable {\n  @Override\n  public void close() {}\n}",
            BOTH_COMPATIBLE),
        // types
        change(
            "a type made generic is compatible: raw uses still compile",
            "public class Box {}",
            "public class Box<T> {}",
            BOTH_COMPATIBLE,
            "TYPE_MADE_GENERIC"),
        change(
            "changing a generic type's type parameters breaks parameterized uses",
            "public class Box<T> {}",
            "public class Box<K, V> {}",
            SOURCE_ONLY_BREAK,
            "TYPE_PARAMETERS_CHANGED"),
        change(
            "renaming a type's type variable is no change",
            "public class Box<T> {\n  public T get() { return null; }\n}",
            "public class Box<E> {\n  public E get() { return null; }\n}",
            BOTH_COMPATIBLE),
        change(
            "an interface turned into a class breaks both",
            "public interface A {}",
            "public class A {}",
            BREAKS_BOTH,
            "TYPE_KIND_CHANGED"),
        change(
            "a superinterface removed breaks both",
            "public class A implements java.io.Serializable {}",
            "public class A {}",
            BREAKS_BOTH,
            "SUPERTYPE_REMOVED"),
        change(
            "an interface dropped by a class without a superclass breaks both",
            "public class A implements Runnable, java.io.Serializable {\n  public void run() {}\n}",
            "public class A implements Runnable {\n  public void run() {}\n}",
            BREAKS_BOTH,
            "SUPERTYPE_REMOVED"),
        change(
            "an interface dropped by a class that keeps a superclass may still be inherited",
            "public class A extends Base implements java.io.Serializable {}",
            "public class A extends Base {}",
            BOTH_COMPATIBLE),
        change(
            "a record component added changes the canonical constructor",
            "public record P(int x) {}",
            "public record P(int x, int y) {}",
            BREAKS_BOTH,
            "PARAMETERS_CHANGED",
            "MEMBER_ADDED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void classifiesEachChangeAsTheJlsAndJapicmpDo(
      String name, String base, String head, Compatibility expected, List<String> kinds) {
    List<ApiChange> changes = changes(base, head);

    assertThat(changes).extracting(c -> c.kind().name()).containsExactlyInAnyOrderElementsOf(kinds);
    assertThat(
            changes.stream()
                .map(ApiChange::compatibility)
                .reduce(BOTH_COMPATIBLE, Compatibility::and))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiChangeKind.class)
  void theRulePageTableListsEveryKindWithItsClassification(ApiChangeKind kind) throws IOException {
    String notes;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("rule-notes/public-api-surface.md")) {
      notes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Compatibility compatibility = kind.compatibility();
    String source = compatibility.breaksSource() ? "**stop compiling**" : "compile";
    String binary =
        kind == ApiChangeKind.CONSTANT_VALUE_CHANGED
            ? "**keep the old value**"
            : compatibility.breaksBinary() ? "**fail to link**" : "link and run";

    assertThat(notes)
        .contains(
            "| "
                + kind.title()
                + " | "
                + source
                + " | "
                + binary
                + " | "
                + (compatibility.breaks() ? "inline warning" : ""));
    assertThat(kind.consequence().isEmpty())
        .as("a break says what breaks and how to avoid it")
        .isEqualTo(!compatibility.breaks());
    assertThat(kind.advice().isEmpty()).isEqualTo(!compatibility.breaks());
  }

  private static Arguments change(
      String name, String base, String head, Compatibility expected, String... kinds) {
    return Arguments.of(name, base, head, expected, List.of(kinds));
  }

  /** A public class with {@code body}, importing what the cases use. */
  private static String cls(String body) {
    return "import java.io.*;\nimport java.util.*;\npublic class A {\n  " + body + "\n}\n";
  }

  static List<ApiChange> changes(String base, String head) {
    CompilationUnit baseUnit = PARSER.parse(base).getResult().orElseThrow();
    CompilationUnit headUnit = PARSER.parse(head).getResult().orElseThrow();
    FileComparison comparison =
        FileComparison.of(
            ExportedApi.of(baseUnit, List.of()),
            ExportedApi.of(headUnit, List.of()),
            baseUnit,
            headUnit);
    List<ApiChange> changes = new ArrayList<>(comparison.removedTypes());
    comparison.deltas().forEach(delta -> changes.addAll(delta.changes()));
    return changes;
  }
}
