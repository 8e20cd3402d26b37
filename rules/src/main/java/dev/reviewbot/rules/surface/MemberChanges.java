package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.Modifier;
import dev.reviewbot.rules.internal.Visibility.Level;
import dev.reviewbot.rules.surface.ApiMember.Kind;
import dev.reviewbot.rules.surface.ApiMember.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The changes between the base and head versions of one exported member, each classified (see
 * {@link ApiChangeKind}). A member that changes in several ways gives several changes.
 */
final class MemberChanges {
  /**
   * Primitive widening conversions (JLS 5.1.2): a caller's argument of the key type still fits the
   * value types.
   */
  private static final Map<String, Set<String>> WIDER =
      Map.of(
          "byte", Set.of("short", "int", "long", "float", "double"),
          "short", Set.of("int", "long", "float", "double"),
          "char", Set.of("int", "long", "float", "double"),
          "int", Set.of("long", "float", "double"),
          "long", Set.of("float", "double"),
          "float", Set.of("double"));

  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double", "void");

  /**
   * What a type's evolution allows.
   *
   * @param extensible the base type could be subclassed or implemented from outside its package
   *     (and still can): a subclass may override, so {@code final} and {@code abstract} matter
   * @param exceptions which thrown names are checked
   */
  record Context(boolean extensible, CheckedExceptions exceptions) {}

  private MemberChanges() {}

  /** {@code before} is exported; {@code after} has the same key. */
  static List<ApiChange> between(ApiMember before, ApiMember after, Context context) {
    List<ApiChange> changes = new ArrayList<>();
    if (before.traits().override() || after.traits().override()) {
      return changes; // a supertype fixes the signature, and the method stays callable through it
    }
    access(before, after, changes);
    modifiers(before, after, context, changes);
    Signature was = before.signature();
    Signature now = after.signature();
    if (was.type() != null && now.type() != null) {
      type(before, after, changes);
    }
    parameters(before, after, changes);
    if (before.kind().isCallable()) {
      exceptions(before, after, context.exceptions(), changes);
    }
    if (before.kind() == Kind.CONSTANT
        && was.value() != null
        && now.value() != null
        && !was.value().equals(now.value())
        && after.has(Modifier.Keyword.STATIC)
        && after.has(Modifier.Keyword.FINAL)) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.CONSTANT_VALUE_CHANGED,
              after,
              "changes the value of "
                  + after.display()
                  + " from `"
                  + was.value()
                  + "` to `"
                  + now.value()
                  + "`"));
    }
    if (before.kind() == Kind.ELEMENT && was.value() != null && now.value() == null) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.ELEMENT_ADDED_WITHOUT_DEFAULT,
              after,
              "removes the default value of " + after.display()));
    }
    return changes;
  }

  /**
   * A removed method or constructor and an added one with the same name: one signature changed.
   * Widening every changed parameter keeps callers compiling; anything else breaks them.
   */
  static ApiChange signatureChanged(ApiMember before, ApiMember after) {
    List<TypeRef> was = before.signature().parameters();
    List<TypeRef> now = after.signature().parameters();
    boolean widened = was.size() == now.size();
    for (int i = 0; widened && i < was.size(); i++) {
      widened =
          was.get(i).erasure().equals(now.get(i).erasure())
              || widens(was.get(i).erasure(), now.get(i).erasure());
    }
    TypeRef returnedBefore = before.signature().type();
    TypeRef returnedAfter = after.signature().type();
    boolean sameReturn =
        returnedBefore == null || returnedBefore.erasure().equals(returnedAfter.erasure());
    String change =
        "changes "
            + before.display()
            + " to `"
            + after.display().substring(after.display().indexOf('`') + 1);
    return ApiChange.of(
        widened && sameReturn
            ? ApiChangeKind.PARAMETER_TYPE_WIDENED
            : ApiChangeKind.PARAMETERS_CHANGED,
        after,
        sameReturn ? change : change + " returning `" + returnedAfter.shown() + "`");
  }

  private static void access(ApiMember before, ApiMember after, List<ApiChange> changes) {
    if (after.access().compareTo(before.access()) < 0) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.MEMBER_LESS_ACCESSIBLE,
              after,
              "narrows "
                  + after.display()
                  + " from "
                  + word(before.access())
                  + " to "
                  + word(after.access())));
    } else if (after.access().compareTo(before.access()) > 0) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.MEMBER_MORE_ACCESSIBLE,
              after,
              "widens "
                  + after.display()
                  + " from "
                  + word(before.access())
                  + " to "
                  + word(after.access())));
    }
  }

  private static void modifiers(
      ApiMember before, ApiMember after, Context context, List<ApiChange> changes) {
    if (before.has(Modifier.Keyword.STATIC) != after.has(Modifier.Keyword.STATIC)) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.STATIC_CHANGED,
              after,
              (after.has(Modifier.Keyword.STATIC)
                  ? "makes " + after.display() + " static"
                  : "makes " + after.display() + " an instance member")));
    }
    boolean finalBefore = before.has(Modifier.Keyword.FINAL);
    boolean finalAfter = after.has(Modifier.Keyword.FINAL);
    if (before.kind() == Kind.METHOD && finalAfter && !finalBefore && context.extensible()) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.METHOD_NOW_FINAL, after, "makes " + after.display() + " final"));
    } else if (before.kind() == Kind.METHOD && finalBefore && !finalAfter) {
      changes.add(
          ApiChange.of(
              ApiChangeKind.METHOD_NO_LONGER_FINAL,
              after,
              "removes `final` from " + after.display()));
    }
    if ((before.kind() == Kind.FIELD || before.kind() == Kind.CONSTANT)
        && finalBefore != finalAfter) {
      changes.add(
          ApiChange.of(
              finalAfter ? ApiChangeKind.FIELD_NOW_FINAL : ApiChangeKind.FIELD_NO_LONGER_FINAL,
              after,
              (finalAfter
                  ? "makes " + after.display() + " final"
                  : "removes `final` from " + after.display())));
    }
    boolean abstractBefore = before.has(Modifier.Keyword.ABSTRACT);
    boolean abstractAfter = after.has(Modifier.Keyword.ABSTRACT);
    if (before.kind() == Kind.METHOD && abstractBefore != abstractAfter) {
      changes.add(
          ApiChange.of(
              abstractAfter && context.extensible()
                  ? ApiChangeKind.METHOD_NOW_ABSTRACT
                  : ApiChangeKind.METHOD_NO_LONGER_ABSTRACT,
              after,
              abstractAfter
                  ? "makes " + after.display() + " abstract"
                  : "gives abstract " + after.display() + " a body"));
    }
  }

  private static void type(ApiMember before, ApiMember after, List<ApiChange> changes) {
    TypeRef was = before.signature().type();
    TypeRef now = after.signature().type();
    boolean field = before.kind() == Kind.FIELD || before.kind() == Kind.CONSTANT;
    String noun = field ? "the type of " : "the return type of ";
    String detail = noun + after.display() + " from `" + was.shown() + "` to `" + now.shown() + "`";
    if (!was.erasure().equals(now.erasure())) {
      ApiChangeKind kind =
          field
              ? ApiChangeKind.FIELD_TYPE_CHANGED
              : narrows(was.erasure(), now)
                  ? ApiChangeKind.RETURN_TYPE_NARROWED
                  : ApiChangeKind.RETURN_TYPE_CHANGED;
      changes.add(
          ApiChange.of(
              kind,
              after,
              (kind == ApiChangeKind.RETURN_TYPE_NARROWED ? "narrows " : "changes ") + detail));
    } else if (!was.text().equals(now.text())) {
      if (was.isRaw() || now.isRaw()) {
        changes.add(ApiChange.of(ApiChangeKind.TYPE_MADE_GENERIC, after, "changes " + detail));
      } else {
        changes.add(
            ApiChange.of(
                field
                    ? ApiChangeKind.FIELD_GENERICS_CHANGED
                    : ApiChangeKind.RETURN_TYPE_GENERICS_CHANGED,
                after,
                "changes " + detail));
      }
    }
  }

  /**
   * A {@code void} result now returning something, or a result narrowed to a subtype: callers' code
   * still fits.
   */
  private static boolean narrows(String was, TypeRef now) {
    return was.equals("void")
        || !PRIMITIVES.contains(now.erasure()) && LikelySubtypes.of(now.erasure(), was);
  }

  /**
   * A primitive widening, or a reference type to one of its supertypes ({@code String} to {@code
   * CharSequence}).
   */
  private static boolean widens(String was, String now) {
    return WIDER.getOrDefault(was, Set.of()).contains(now)
        || !PRIMITIVES.contains(was) && LikelySubtypes.of(was, now);
  }

  /**
   * Same erased parameters (the key): type arguments, type parameters and varargs can still differ.
   */
  private static void parameters(ApiMember before, ApiMember after, List<ApiChange> changes) {
    Signature was = before.signature();
    Signature now = after.signature();
    if (was.varargs() != now.varargs()) {
      changes.add(
          ApiChange.of(
              now.varargs() ? ApiChangeKind.NOW_VARARGS : ApiChangeKind.NO_LONGER_VARARGS,
              after,
              now.varargs()
                  ? "makes the last parameter of " + after.display() + " varargs"
                  : "turns the varargs parameter of " + after.display() + " into an array"));
    }
    boolean argumentsChanged =
        !texts(was.parameters()).equals(texts(now.parameters()))
            || !was.typeParameters().equals(now.typeParameters());
    if (argumentsChanged) {
      boolean raw =
          was.typeParameters().isEmpty() && was.parameters().stream().allMatch(TypeRef::isRaw);
      changes.add(
          ApiChange.of(
              raw ? ApiChangeKind.TYPE_MADE_GENERIC : ApiChangeKind.PARAMETER_GENERICS_CHANGED,
              after,
              "changes the type arguments of "
                  + after.display()
                  + (raw ? ", which were raw" : "")));
    }
  }

  private static List<String> texts(List<TypeRef> types) {
    return types.stream().map(TypeRef::text).toList();
  }

  private static void exceptions(
      ApiMember before, ApiMember after, CheckedExceptions exceptions, List<ApiChange> changes) {
    List<String> was = before.signature().thrown();
    List<String> now = after.signature().thrown();
    for (String added : now) {
      if (!was.contains(added)) {
        boolean checked = exceptions.isChecked(added) && !exceptions.coveredBy(was, added);
        changes.add(
            ApiChange.of(
                checked
                    ? ApiChangeKind.CHECKED_EXCEPTION_ADDED
                    : ApiChangeKind.THROWS_CHANGED_COMPATIBLY,
                after,
                "adds "
                    + (checked ? "checked " : "")
                    + "`"
                    + added
                    + "` to the throws clause of "
                    + after.display()));
      }
    }
    for (String removed : was) {
      if (!now.contains(removed)) {
        boolean related =
            now.stream()
                .anyMatch(n -> exceptions.covers(n, removed) || exceptions.covers(removed, n));
        boolean checked = exceptions.isChecked(removed) && !related;
        changes.add(
            ApiChange.of(
                checked
                    ? ApiChangeKind.CHECKED_EXCEPTION_REMOVED
                    : ApiChangeKind.THROWS_CHANGED_COMPATIBLY,
                after,
                "removes "
                    + (checked ? "checked " : "")
                    + "`"
                    + removed
                    + "` from the throws clause of "
                    + after.display()));
      }
    }
  }

  static String word(Level access) {
    return access == Level.PACKAGE ? "package-private" : access.name().toLowerCase(Locale.ROOT);
  }
}
