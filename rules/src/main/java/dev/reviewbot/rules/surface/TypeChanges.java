package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.rules.surface.ApiMember.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes between the base and head versions of one exported type: to the type itself (its
 * kind, {@code final}, {@code abstract}, type parameters, supertypes) and to its members, each
 * classified. Nested types are compared as types of their own.
 */
final class TypeChanges {
  private TypeChanges() {}

  /**
   * @param headTypes every type the head file declares, by path: where a removed member may have
   *     moved to a superclass
   */
  static List<ApiChange> between(
      ApiType before,
      ApiType after,
      Map<String, TypeDeclaration<?>> headTypes,
      CheckedExceptions exceptions) {
    List<ApiChange> changes = new ArrayList<>();
    if (!before.kind().equals(after.kind())) {
      changes.add(
          typeChange(
              ApiChangeKind.TYPE_KIND_CHANGED,
              after,
              "turns "
                  + before.kind()
                  + " `"
                  + after.path()
                  + "` into "
                  + (after.kind().equals("interface") || after.kind().equals("enum") ? "an " : "a ")
                  + after.kind()));
      return changes; // every member changes meaning with it
    }
    header(before, after, changes);
    MemberChanges.Context context =
        new MemberChanges.Context(
            before.header().extensible() && after.header().extensible(), exceptions);
    Map<String, ApiMember> now = after.byKey();
    Map<String, ApiMember> was = before.byKey();
    List<ApiMember> removed = new ArrayList<>();
    for (ApiMember member : before.exported()) {
      ApiMember current = now.get(member.key());
      if (current == null) {
        removed.add(member);
      } else {
        changes.addAll(MemberChanges.between(member, current, context));
      }
    }
    // implicit constructors too: a record's canonical constructor changes with its components
    List<ApiMember> appeared =
        after.members().stream()
            .filter(m -> m.exported() && !m.traits().override())
            .filter(m -> !was.containsKey(m.key()) || !was.get(m.key()).exported())
            .toList();
    List<ApiMember> unpaired = new ArrayList<>(appeared);
    for (ApiMember gone : removed) {
      Optional<ApiMember> replacement = replacement(gone, removed, appeared);
      if (replacement.isPresent()) {
        unpaired.remove(replacement.get());
        changes.add(MemberChanges.signatureChanged(gone, replacement.get()));
      } else {
        changes.add(removal(gone, after, headTypes));
      }
    }
    unpaired.stream()
        .filter(ApiMember::isNewApi)
        .forEach(member -> changes.add(addition(member, before, after)));
    return changes;
  }

  private static void header(ApiType before, ApiType after, List<ApiChange> changes) {
    ApiType.Header was = before.header();
    ApiType.Header now = after.header();
    String name = after.kind() + " `" + after.path() + "`";
    if (now.access().compareTo(was.access()) < 0) {
      changes.add(
          typeChange(
              ApiChangeKind.TYPE_LESS_ACCESSIBLE,
              after,
              "narrows "
                  + name
                  + " from "
                  + MemberChanges.word(was.access())
                  + " to "
                  + MemberChanges.word(now.access())));
    }
    boolean closedBefore =
        was.modifiers().contains(Modifier.Keyword.FINAL)
            || was.modifiers().contains(Modifier.Keyword.SEALED);
    boolean closedAfter =
        now.modifiers().contains(Modifier.Keyword.FINAL)
            || now.modifiers().contains(Modifier.Keyword.SEALED);
    if (!closedBefore && closedAfter && was.extensible()) {
      changes.add(
          typeChange(
              ApiChangeKind.TYPE_NOW_FINAL,
              after,
              "makes "
                  + name
                  + (now.modifiers().contains(Modifier.Keyword.FINAL) ? " final" : " sealed")));
    } else if (closedBefore && !closedAfter) {
      changes.add(
          typeChange(
              ApiChangeKind.TYPE_NO_LONGER_FINAL, after, "opens " + name + " to subclasses"));
    }
    if (after.kind().equals("class")) {
      boolean abstractBefore = was.modifiers().contains(Modifier.Keyword.ABSTRACT);
      boolean abstractAfter = now.modifiers().contains(Modifier.Keyword.ABSTRACT);
      boolean instantiable = before.exported().stream().anyMatch(m -> m.kind() == Kind.CONSTRUCTOR);
      if (!abstractBefore && abstractAfter && instantiable) {
        changes.add(
            typeChange(ApiChangeKind.TYPE_NOW_ABSTRACT, after, "makes " + name + " abstract"));
      } else if (abstractBefore && !abstractAfter) {
        changes.add(
            typeChange(
                ApiChangeKind.TYPE_NO_LONGER_ABSTRACT, after, "makes " + name + " concrete"));
      }
    }
    if (!was.typeParameters().equals(now.typeParameters())) {
      boolean madeGeneric = was.typeParameters().isEmpty();
      changes.add(
          typeChange(
              madeGeneric ? ApiChangeKind.TYPE_MADE_GENERIC : ApiChangeKind.TYPE_PARAMETERS_CHANGED,
              after,
              madeGeneric
                  ? "makes " + name + " generic"
                  : "changes the type parameters of "
                      + name
                      + " from `<"
                      + before.declarationTypeParameters()
                      + ">` to `<"
                      + after.declarationTypeParameters()
                      + ">`"));
    }
    supertypesRemoved(before, after)
        .forEach(
            s ->
                changes.add(
                    typeChange(
                        ApiChangeKind.SUPERTYPE_REMOVED,
                        after,
                        "makes "
                            + name
                            + " no longer "
                            + (before.isInterface() ? "extend" : "a subtype of")
                            + " `"
                            + s
                            + "`")));
  }

  /**
   * Supertypes the type no longer names and cannot still inherit. Without symbols a remaining
   * supertype may extend the one removed ({@code extends AbstractList implements List}): a class
   * that keeps a superclass, or an interface that keeps a superinterface, may still have it, and a
   * type that gained a supertype may have it through that one; neither is reported.
   */
  private static List<String> supertypesRemoved(ApiType before, ApiType after) {
    List<String> was = before.header().supertypes();
    List<String> now = after.header().supertypes();
    String superclass = before.header().superclass();
    boolean mayStillInherit =
        !was.containsAll(now)
            || !after.header().superclass().isEmpty()
            || after.isInterface() && !now.isEmpty();
    return was.stream()
        .filter(s -> !now.contains(s) && !s.equals("Object"))
        .filter(s -> s.equals(superclass) ? was.containsAll(now) : !mayStillInherit)
        .toList();
  }

  /**
   * The one added method or constructor that replaces {@code gone}: the only one added with its
   * kind and name while only {@code gone} was removed. A deprecated one was meant to go.
   */
  private static Optional<ApiMember> replacement(
      ApiMember gone, List<ApiMember> removed, List<ApiMember> added) {
    if (!gone.kind().isCallable() || gone.traits().deprecated() || gone.traits().override()) {
      return Optional.empty();
    }
    List<ApiMember> sameName =
        added.stream().filter(m -> m.kind() == gone.kind() && name(m).equals(name(gone))).toList();
    long removedSameName =
        removed.stream().filter(m -> m.kind() == gone.kind() && name(m).equals(name(gone))).count();
    return sameName.size() == 1 && removedSameName == 1
        ? Optional.of(sameName.get(0))
        : Optional.empty();
  }

  private static String name(ApiMember member) {
    String key = member.key();
    return key.substring(key.indexOf(':') + 1, key.indexOf('('));
  }

  private static ApiChange removal(
      ApiMember gone, ApiType after, Map<String, TypeDeclaration<?>> headTypes) {
    if (gone.traits().override()) {
      return new ApiChange(
          ApiChangeKind.OVERRIDE_REMOVED,
          gone.display(),
          "removes the override " + gone.display() + " (the inherited one remains)",
          null,
          ApiChange.Caveat.NONE);
    }
    Optional<String> supertype = MovedUp.to(after, gone, headTypes);
    if (supertype.isPresent()) {
      return new ApiChange(
          ApiChangeKind.MEMBER_MOVED_TO_SUPERTYPE,
          gone.display(),
          "moves " + gone.display() + " to " + supertype.get(),
          null,
          ApiChange.Caveat.NONE);
    }
    boolean instanceMember =
        (gone.kind() == Kind.METHOD || gone.kind() == Kind.FIELD)
            && !gone.has(Modifier.Keyword.STATIC);
    ApiChange.Caveat caveat =
        gone.traits().deprecated()
            ? ApiChange.Caveat.ANNOUNCED
            : instanceMember && !after.header().superclassElsewhere().isEmpty()
                ? ApiChange.Caveat.MAY_BE_INHERITED
                : ApiChange.Caveat.NONE;
    return new ApiChange(
        ApiChangeKind.MEMBER_REMOVED, gone.display(), "removes " + gone.display(), null, caveat);
  }

  /**
   * A member that is new API. An abstract method in a type others implement breaks them, as does an
   * annotation element that uses must now set.
   */
  private static ApiChange addition(ApiMember member, ApiType before, ApiType after) {
    boolean abstractMethod = member.kind() == Kind.METHOD && member.has(Modifier.Keyword.ABSTRACT);
    if (abstractMethod && before.header().extensible()) {
      return ApiChange.of(
          ApiChangeKind.ABSTRACT_METHOD_ADDED,
          member,
          "adds abstract "
              + member.display()
              + (after.isInterface() ? " to interface `" : " to abstract class `")
              + after.path()
              + "`");
    }
    if (member.kind() == Kind.ELEMENT && member.signature().value() == null) {
      return ApiChange.of(
          ApiChangeKind.ELEMENT_ADDED_WITHOUT_DEFAULT,
          member,
          "adds " + member.display() + " without a default value");
    }
    return ApiChange.of(ApiChangeKind.MEMBER_ADDED, member, "adds " + member.display());
  }

  private static ApiChange typeChange(ApiChangeKind kind, ApiType type, String what) {
    return new ApiChange(
        kind,
        type.kind() + " `" + type.path() + "`",
        what,
        type.headerLine(),
        ApiChange.Caveat.NONE);
  }
}
