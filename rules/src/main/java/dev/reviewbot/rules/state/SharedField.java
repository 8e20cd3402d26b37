package dev.reviewbot.rules.state;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Types;
import dev.reviewbot.rules.internal.Visibility;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One field of a type as the shared-state rule sees it: whether it is global (static, or an
 * instance field of an enum, whose constants are singletons), final, how visible, and what it
 * holds.
 */
record SharedField(
    VariableDeclarator variable,
    boolean global,
    boolean isStatic,
    boolean isFinal,
    Level level,
    boolean declaredPublic,
    boolean inEnum,
    MutableValues.Value value) {

  /**
   * What is wrong with a field.
   *
   * @param threadSafe a thread-safe holder used as global state: reported at info level
   * @param changedLater the value changes after initialization: the change is a place to anchor on
   * @param publicField a public non-final instance field: reported together with the type's others
   */
  record Problem(String message, boolean threadSafe, boolean changedLater, boolean publicField) {}

  /**
   * The fields of {@code type} worth judging: not loggers, {@code serialVersionUID} or injected
   * fields.
   */
  static List<SharedField> of(TypeDeclaration<?> type, List<String> injected) {
    List<SharedField> fields = new ArrayList<>();
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field
          && !Declarations.hasAnnotation(field, injected)) {
        field.getVariables().stream()
            .filter(v -> !isLogger(v) && !v.getNameAsString().equals("serialVersionUID"))
            .forEach(v -> fields.add(of(type, field, v)));
      }
    }
    return fields;
  }

  private static SharedField of(
      TypeDeclaration<?> type, FieldDeclaration field, VariableDeclarator variable) {
    boolean interfaceLike =
        type.isAnnotationDeclaration()
            || type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    boolean isEnum = type instanceof EnumDeclaration;
    boolean isStatic =
        field.isStatic() || interfaceLike; // interface fields are implicitly static final
    // a class named Mutable... (MutablePair) has public mutable fields by design
    boolean declaredPublic =
        field.hasModifier(Modifier.Keyword.PUBLIC) && !type.getNameAsString().startsWith("Mutable");
    return new SharedField(
        variable,
        isStatic || isEnum,
        isStatic,
        field.isFinal() || interfaceLike,
        Visibility.effective(field),
        declaredPublic,
        isEnum,
        MutableValues.of(variable));
  }

  String name() {
    return variable.getNameAsString();
  }

  /**
   * Private or package-private: only this file's package can reach it, so it counts as shared only
   * when code changes it after initialization (or hands it out). A package-private lookup table
   * kept visible for tests is a constant in all but type.
   */
  boolean isPrivate() {
    return !level.atLeast(Level.PROTECTED);
  }

  Optional<Problem> problem(FieldChanges changes) {
    if (global
        && !isFinal
        && isStatic
        && level == Level.PRIVATE
        && changes.isAssignedOnlyDuringInitialization(name())) {
      return Optional
          .empty(); // assigned only while the class initializes (often in a try/catch): final in
      // all but name
    }
    if (global && !isFinal) {
      String what =
          isStatic
              ? "static field `" + name() + "` is not final: it is global mutable state"
              : "enum field `"
                  + name()
                  + "` is not final: each enum constant is a global singleton, so this is global mutable state";
      return problem(
          what
              + " that every caller, thread and test shares; make it final (and its value immutable), "
              + "or pass the state in where it is needed");
    }
    if (global && value.isShared()) {
      return isPrivate() ? changedLater(changes) : exposed();
    }
    if (!global && !isFinal && declaredPublic && !inEnum && level.atLeast(Level.PACKAGE)) {
      return Optional.of(new Problem(publicFieldsMessage(List.of(name())), false, false, true));
    }
    return Optional.empty();
  }

  private Optional<Problem> exposed() {
    String holder =
        "`"
            + name()
            + "` ("
            + (level == Level.PUBLIC ? "public" : "protected")
            + (isStatic ? " static final" : " enum field")
            + ")";
    return problem(
        switch (value.kind()) {
          case ARRAY ->
              holder
                  + " is a non-empty array: `final` fixes the reference, not the elements, so any code can change "
                  + "what every caller sees; expose an immutable `List.of(...)` or hand out copies";
          case THREAD_SAFE ->
              holder
                  + " holds a shared "
                  + value.typeName()
                  + ": thread-safe, but any code can change it; "
                  + "keep it private behind methods that say what they do";
          default ->
              holder
                  + " holds a mutable "
                  + value.typeName()
                  + ": `final` fixes the reference, not the contents, so any "
                  + "code can change what every caller sees; use an immutable value (`List.of(...)`, `Map.of(...)`, "
                  + "`Collections.unmodifiable...`)";
        });
  }

  private Optional<Problem> changedLater(FieldChanges changes) {
    Optional<Node> change = changes.contentChange(name());
    if (change.isEmpty()) {
      return Optional.empty();
    }
    String where =
        Ancestors.nearest(change.get(), com.github.javaparser.ast.body.CallableDeclaration.class)
            .map(m -> " in `" + m.getNameAsString() + "`")
            .orElse("");
    String kind = value.kind() == MutableValues.Kind.ARRAY ? "array" : value.typeName();
    if (value.kind() == MutableValues.Kind.THREAD_SAFE) {
      return Optional.of(
          new Problem(
              "`"
                  + name()
                  + "` is process-wide state (a "
                  + kind
                  + " changed"
                  + where
                  + "): thread-safe, "
                  + "but shared by every caller and every test, and never reset; consider passing it in, "
                  + "or say in a comment why it must be global",
              true,
              true,
              false));
    }
    return Optional.of(
        new Problem(
            "`"
                + name()
                + "` is global mutable state: a static "
                + kind
                + " changed after "
                + "initialization"
                + where
                + ", shared by every caller and test and unsafe across threads; pass it in "
                + "explicitly, or build it once and make it immutable",
            false,
            true,
            false));
  }

  private static Optional<Problem> problem(String message) {
    return Optional.of(new Problem(message, false, false, false));
  }

  /**
   * One message for all of a type's public non-final fields: one review comment, not one per field.
   */
  static String publicFieldsMessage(List<String> names) {
    String list =
        names.stream().map(n -> "`" + n + "`").collect(java.util.stream.Collectors.joining(", "));
    return (names.size() == 1 ? "public field " + list + " is" : "public fields " + list + " are")
        + " not final: any code "
        + "can change this object's state behind its back; make "
        + (names.size() == 1 ? "it" : "them")
        + " private (final if possible) and expose behaviour instead";
  }

  /**
   * Loggers are global by design and safe to share: any type named like {@code Logger} or {@code
   * Log}.
   */
  private static boolean isLogger(VariableDeclarator variable) {
    String type = Types.simpleName(variable.getType());
    return type.contains("Logger")
        || type.equals("Log")
        || type.endsWith("Log") && type.length() > 3;
  }
}
