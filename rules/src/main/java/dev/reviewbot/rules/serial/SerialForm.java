package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What decides how a class's objects are written to and read from a stream: whether it is
 * serializable at all, its {@code serialVersionUID}, its fields and the special methods that
 * replace or customise default serialization (Java Object Serialization Specification, chapters 2
 * and 3).
 *
 * @param type the class
 * @param kind serializable, externalizable or neither
 * @param uid the explicit {@code serialVersionUID}, if declared
 * @param fields every field the class declares, by name
 * @param readObject {@code private void readObject(ObjectInputStream)}, if declared
 * @param writeObject {@code private void writeObject(ObjectOutputStream)}, if declared
 * @param readResolve {@code readResolve()}, if declared
 * @param replaced {@code writeReplace()} is declared: another object (a serialization proxy) goes
 *     to the stream
 * @param fieldsListed {@code serialPersistentFields} names the serialized fields instead of the
 *     declarations
 * @param exceptionLike a {@code Throwable}: serializable, but hardly ever read back by another
 *     version
 */
record SerialForm(
    ClassOrInterfaceDeclaration type,
    Serializability kind,
    Optional<Uid> uid,
    Map<String, SerialField> fields,
    Optional<MethodDeclaration> readObject,
    Optional<MethodDeclaration> writeObject,
    Optional<MethodDeclaration> readResolve,
    boolean replaced,
    boolean fieldsListed,
    boolean exceptionLike) {

  static final String UID = "serialVersionUID";

  static SerialForm of(ClassOrInterfaceDeclaration type) {
    Map<String, SerialField> fields = new LinkedHashMap<>();
    for (FieldDeclaration field : type.getFields()) {
      field.getVariables().forEach(v -> fields.put(v.getNameAsString(), SerialField.of(field, v)));
    }
    Optional<Uid> uid =
        Optional.ofNullable(fields.get(UID))
            .filter(SerialField::isStatic)
            .flatMap(SerialField::initializer)
            .map(Uid::of);
    return new SerialForm(
        type,
        Serializability.of(type),
        uid,
        fields,
        method(type, "readObject", 1),
        method(type, "writeObject", 1),
        method(type, "readResolve", 0),
        method(type, "writeReplace", 0).isPresent(),
        fields.containsKey("serialPersistentFields"),
        Serializability.isExceptionLike(type));
  }

  boolean serializable() {
    return kind != Serializability.NONE;
  }

  /**
   * True if the stream holds the default field data: no {@code readObject}/{@code writeObject}, or
   * one that calls {@code defaultReadObject()}/{@code readFields()} (or the writing pair), itself
   * or through a method it calls; a call to a method the class does not declare may do it too.
   */
  boolean readsDefaultData() {
    return readObject.isEmpty()
        || Calls.reach(type, readObject.get(), Set.of("defaultReadObject", "readFields"));
  }

  boolean writesDefaultData() {
    return writeObject.isEmpty()
        || Calls.reach(
            type, writeObject.get(), Set.of("defaultWriteObject", "putFields", "writeFields"));
  }

  private static Optional<MethodDeclaration> method(
      ClassOrInterfaceDeclaration type, String name, int parameters) {
    return type.getMethodsByName(name).stream()
        .filter(m -> !m.isStatic() && m.getParameters().size() == parameters)
        .findFirst();
  }
}
