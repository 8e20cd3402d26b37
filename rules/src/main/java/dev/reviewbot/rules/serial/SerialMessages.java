package dev.reviewbot.rules.serial;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the rule says: what objects serialized by the previous version (or any deserialized object)
 * will do, and what to do about it. The wording follows the Java Object Serialization
 * Specification, chapter 5 (Versioning of Serializable Objects).
 */
final class SerialMessages {
  static final String BUMP =
      "if streams of the previous version need not be read, change serialVersionUID instead";
  private static final String NO_INIT =
      "deserialization runs neither field initializers nor constructors";
  private static final String RESTORE =
      "Set it in readObject() after defaultReadObject() (or return a fully built object from readResolve())";

  private SerialMessages() {}

  static String newFields(List<SerialField> fields, SerialForm form) {
    boolean one = fields.size() == 1;
    String names = fields.stream().map(f -> "`" + f.name() + "`").collect(Collectors.joining(", "));
    String reads =
        fields.stream()
            .map(f -> "`" + f.name() + "` as " + f.defaultValue() + initializedTo(f))
            .collect(Collectors.joining("; "));
    return names
        + (one ? " is" : " are")
        + " new in Serializable `"
        + form.type().getNameAsString()
        + "`, whose serialVersionUID stays "
        + uid(form)
        + ": objects serialized by the previous version have no value for "
        + (one ? "it" : "them")
        + ", and "
        + NO_INIT
        + ", so they read "
        + reads
        + ".";
  }

  static String newFieldAdvice(List<SerialField> fields) {
    String defaults =
        fields.stream()
            .map(SerialField::defaultValue)
            .distinct()
            .collect(Collectors.joining(" or "));
    return RESTORE
        + " when "
        + (fields.size() == 1 ? "it is " : "they are ")
        + defaults
        + ", or make "
        + (fields.size() == 1 ? "it" : "them")
        + " transient and initialise lazily; "
        + BUMP
        + ".";
  }

  static String bump() {
    return Character.toUpperCase(BUMP.charAt(0)) + BUMP.substring(1) + ".";
  }

  static String newFinalField(SerialField field, SerialForm form) {
    return "`"
        + field.name()
        + "` is a new final field of Serializable `"
        + form.type().getNameAsString()
        + "`, whose serialVersionUID stays "
        + uid(form)
        + ": objects serialized by the previous version read it as "
        + field.defaultValue()
        + ", whatever the constructors ensure.";
  }

  static String transientField(SerialField field, SerialForm form) {
    return "`"
        + field.name()
        + "` is transient in Serializable `"
        + form.type().getNameAsString()
        + "`: "
        + NO_INIT
        + ", so every deserialized object has `"
        + field.name()
        + "` "
        + field.defaultValue()
        + initializedTo(field)
        + ".";
  }

  static String madeTransient(SerialField field, SerialForm form) {
    return "`"
        + field.name()
        + "` becomes transient in Serializable `"
        + form.type().getNameAsString()
        + "`: its value in the stream is no "
        + "longer read, and "
        + NO_INIT
        + ", so every deserialized object has `"
        + field.name()
        + "` "
        + field.defaultValue()
        + initializedTo(field)
        + ".";
  }

  static String restoreAdvice() {
    return "Restore it in readObject() (or readResolve()), or initialise it lazily where it is used.";
  }

  static String madeStatic(SerialField field, SerialForm form) {
    return "`"
        + field.name()
        + "` becomes static in Serializable `"
        + form.type().getNameAsString()
        + "`: the value objects serialized by "
        + "the previous version carry is no longer read, and the previous version reads new streams with `"
        + field.name()
        + "` "
        + field.defaultValue()
        + ".";
  }

  static String typeChanged(SerialField was, SerialField now, SerialForm form) {
    String failure =
        was.primitive() || now.primitive()
            ? "fails with InvalidClassException (incompatible types for field " + now.name() + ")"
            : "fails with ClassCastException unless the old value is also a `" + now.type() + "`";
    return "`"
        + now.name()
        + "` changes type from `"
        + was.type()
        + "` to `"
        + now.type()
        + "` while serialVersionUID stays "
        + uid(form)
        + ": reading an object serialized by the previous version "
        + failure
        + ".";
  }

  static String typeChangedAdvice() {
    return "Keep the field's type and add a new field, or read the old value in readObject() with readFields() and convert it; "
        + BUMP
        + ".";
  }

  static String renamed(SerialField was, SerialField now, SerialForm form) {
    return "`"
        + was.name()
        + "` is renamed `"
        + now.name()
        + "` while serialVersionUID stays "
        + uid(form)
        + ": objects serialized by the "
        + "previous version carry the value under `"
        + was.name()
        + "`, which is now dropped, and read `"
        + now.name()
        + "` as "
        + now.defaultValue()
        + ".";
  }

  static String renamedAdvice(SerialField was) {
    return "Keep the old name, or read `"
        + was.name()
        + "` in readObject() with readFields() and copy it over; "
        + BUMP
        + ".";
  }

  static String removed(List<SerialField> fields, SerialForm form) {
    String names = String.join("`, `", fields.stream().map(SerialField::name).toList());
    return "`"
        + names
        + "` "
        + (fields.size() == 1 ? "is" : "are")
        + " removed from Serializable `"
        + form.type().getNameAsString()
        + "` while serialVersionUID stays "
        + uid(form)
        + ": the values objects serialized by the previous version carry are ignored, "
        + "and the previous version reads new streams with default values there.";
  }

  static String uidRemoved(SerialForm was, SerialForm now) {
    return "serialVersionUID "
        + was.uid().orElseThrow().shown()
        + " is removed from Serializable `"
        + now.type().getNameAsString()
        + "`: the JVM now computes one from the class's members, which will not be "
        + was.uid().orElseThrow().shown()
        + ", so objects serialized by the previous version fail to deserialize with InvalidClassException.";
  }

  static String uidRemovedAdvice(SerialForm was) {
    return "Keep `private static final long serialVersionUID = "
        + was.uid().orElseThrow().shown()
        + ";`, unless breaking old streams is the intent.";
  }

  static String kindSwitched(SerialForm was, SerialForm now) {
    return "`"
        + now.type().getNameAsString()
        + "` switches from "
        + name(was.kind())
        + " to "
        + name(now.kind())
        + " while serialVersionUID stays "
        + uid(now)
        + ": streams of the previous version hold "
        + form(was.kind())
        + ", not "
        + form(now.kind())
        + ", so reading them fails.";
  }

  static String defaultData(String method, boolean nowDefault, SerialForm form) {
    String change =
        nowDefault
            ? "now reads or writes the default field data, which streams of the previous version lack"
            : "no longer reads or writes the default field data, which streams of the previous version hold";
    return method
        + " "
        + change
        + ", while serialVersionUID stays "
        + uid(form)
        + ": the default field data must consistently appear "
        + "or not appear in the stream, so objects serialized by the previous version are misread.";
  }

  static String defaultDataAdvice() {
    return "Keep calling defaultReadObject()/defaultWriteObject() (or readFields()/putFields()) as the previous version did; "
        + BUMP
        + ".";
  }

  static String noLongerSerializable(SerialForm now) {
    return "`"
        + now.type().getNameAsString()
        + "` is no longer Serializable: objects serialized by the previous version cannot be read "
        + "(InvalidClassException), and code that serializes it fails with NotSerializableException.";
  }

  static String computedUid(SerialForm now, List<String> fields) {
    return "`"
        + now.type().getNameAsString()
        + "` is Serializable without a serialVersionUID, and this change alters its serialized fields ("
        + String.join(", ", fields)
        + "): the computed serialVersionUID changes, so objects serialized by the previous version fail "
        + "to deserialize with InvalidClassException.";
  }

  static String uidAdded(SerialForm now) {
    return "`"
        + now.type().getNameAsString()
        + "` now declares serialVersionUID "
        + now.uid().orElseThrow().shown()
        + ": the previous version had none, so its objects were written with the computed value, and unless "
        + now.uid().orElseThrow().shown()
        + " is that value, reading them fails with InvalidClassException.";
  }

  static String computedUidAdvice() {
    return "If streams of the previous version must stay readable, declare serialVersionUID with the previous version's computed value "
        + "(the JDK's serialver tool prints it).";
  }

  private static String initializedTo(SerialField field) {
    return field
        .initializer()
        .flatMap(InitialValues::shown)
        .map(init -> ", not `" + init + "`")
        .orElse("");
  }

  private static String uid(SerialForm form) {
    return form.uid().map(Uid::shown).orElse("unset");
  }

  private static String name(Serializability kind) {
    return kind == Serializability.EXTERNALIZABLE ? "Externalizable" : "Serializable";
  }

  private static String form(Serializability kind) {
    return kind == Serializability.EXTERNALIZABLE ? "writeExternal() data" : "serialized fields";
  }
}
