package dev.reviewbot.rules.surface;

import static dev.reviewbot.rules.surface.Compatibility.BINARY_ONLY_BREAK;
import static dev.reviewbot.rules.surface.Compatibility.BOTH_COMPATIBLE;
import static dev.reviewbot.rules.surface.Compatibility.BREAKS_BOTH;
import static dev.reviewbot.rules.surface.Compatibility.SOURCE_ONLY_BREAK;

/**
 * Every kind of change to an exported type or member the rule tells apart, with what it breaks (JLS
 * 13.4 and 13.5; where the JLS leaves source compatibility open, japicmp's
 * JApiCompatibilityChangeType), what that means for callers, and how to avoid the break. The rule
 * page's table lists the same kinds; a test keeps the two in step.
 */
enum ApiChangeKind {
  TYPE_ADDED(BOTH_COMPATIBLE, "Add a type", "", ""),
  TYPE_REMOVED(
      BREAKS_BOTH,
      "Remove a public type (a nested one too)",
      "code that uses it stops compiling, and already-compiled code fails to link (NoClassDefFoundError, IllegalAccessError)",
      "deprecate it first and remove it in a later major version"),
  TYPE_LESS_ACCESSIBLE(
      BREAKS_BOTH,
      "Make a public type package-private (or a nested one protected)",
      "code that loses access stops compiling, and already-compiled code fails to link (IllegalAccessError)",
      "deprecate it first and narrow it in a later major version"),
  TYPE_NOW_FINAL(
      BREAKS_BOTH,
      "Make an extensible class final or sealed",
      "subclasses stop compiling, and already-compiled subclasses fail to load (VerifyError)",
      "leave it open until a major version, and document that it is not meant to be subclassed"),
  TYPE_NO_LONGER_FINAL(BOTH_COMPATIBLE, "Remove `final` or `sealed` from a type", "", ""),
  TYPE_NOW_ABSTRACT(
      BREAKS_BOTH,
      "Make a class abstract",
      "`new` on it stops compiling, and already-compiled code fails to link (InstantiationError)",
      "keep it concrete, and put the abstract part in a new base class"),
  TYPE_NO_LONGER_ABSTRACT(BOTH_COMPATIBLE, "Make an abstract class concrete", "", ""),
  TYPE_KIND_CHANGED(
      BREAKS_BOTH,
      "Turn a class into an interface, enum or record, or back",
      "code that uses it stops compiling, and already-compiled code fails to link (IncompatibleClassChangeError)",
      "add the new type beside the old one, and deprecate the old one"),
  SUPERTYPE_REMOVED(
      BREAKS_BOTH,
      "Remove a superclass or superinterface",
      "code that uses it as that supertype stops compiling, and already-compiled code fails to link",
      "keep the supertype until a major version"),
  TYPE_MADE_GENERIC(
      BOTH_COMPATIBLE, "Make a type or method generic (raw uses still compile)", "", ""),
  TYPE_PARAMETERS_CHANGED(
      SOURCE_ONLY_BREAK,
      "Change a generic type's type parameters",
      "code that names its type arguments stops compiling; already-compiled code runs on (erasure is unchanged)",
      "keep the type parameters, and add a new type if they must change"),
  MEMBER_ADDED(
      BOTH_COMPATIBLE,
      "Add a member, overload, default method, enum constant, or a method to a final class",
      "",
      ""),
  MEMBER_REMOVED(
      BREAKS_BOTH,
      "Remove a public or protected member",
      "callers stop compiling, and already-compiled callers fail to link (NoSuchMethodError or NoSuchFieldError)",
      "deprecate it first and remove it in a later major version"),
  MEMBER_MOVED_TO_SUPERTYPE(
      BOTH_COMPATIBLE,
      "Move a member to a superclass (one in the same file, or one the type's code shows it inherits from)",
      "",
      ""),
  OVERRIDE_REMOVED(
      BOTH_COMPATIBLE, "Remove an `@Override` method (the inherited one remains)", "", ""),
  MEMBER_LESS_ACCESSIBLE(
      BREAKS_BOTH,
      "Narrow a member's access (public to protected or package-private)",
      "callers that lose access stop compiling, and already-compiled ones fail to link (IllegalAccessError)",
      "deprecate it first and narrow it in a later major version"),
  MEMBER_MORE_ACCESSIBLE(BOTH_COMPATIBLE, "Widen a member's access (protected to public)", "", ""),
  STATIC_CHANGED(
      BREAKS_BOTH,
      "Make a method or field static, or instance",
      "callers stop compiling, and already-compiled callers fail to link (IncompatibleClassChangeError)",
      "add a new member in the other form, and deprecate the old one"),
  METHOD_NOW_FINAL(
      BREAKS_BOTH,
      "Make a method of an extensible class final",
      "subclasses that override it stop compiling, and already-compiled ones fail to load (VerifyError)",
      "leave it overridable until a major version, and document that overriding is not supported"),
  METHOD_NO_LONGER_FINAL(
      BOTH_COMPATIBLE,
      "Remove `final` from a method (adding it where nobody can override the method is no change)",
      "",
      ""),
  METHOD_NOW_ABSTRACT(
      BREAKS_BOTH,
      "Make a method abstract (or a default method abstract)",
      "subclasses that do not implement it stop compiling, and already-compiled ones fail with AbstractMethodError",
      "keep a body (a default method in an interface)"),
  METHOD_NO_LONGER_ABSTRACT(
      BOTH_COMPATIBLE, "Give an abstract method a body (or make it a default method)", "", ""),
  ABSTRACT_METHOD_ADDED(
      SOURCE_ONLY_BREAK,
      "Add an abstract method to an interface or an extensible abstract class",
      "implementations outside the library stop compiling; already-compiled ones link, and fail with AbstractMethodError "
          + "only when it is called",
      "give it a default implementation (in an abstract class, a body)"),
  RETURN_TYPE_CHANGED(
      BREAKS_BOTH,
      "Change a method's return type",
      "callers that use the result stop compiling, and already-compiled callers fail to link (NoSuchMethodError)",
      "add a method with a new name for the new type, and deprecate the old one"),
  RETURN_TYPE_NARROWED(
      BINARY_ONLY_BREAK,
      "Narrow a return type (`void` or `Object` to a type, an interface to its implementation)",
      "callers still compile, but already-compiled callers fail to link (NoSuchMethodError: the return type is part of "
          + "the method's descriptor)",
      "keep the old return type, and add a method with a new name that returns the narrower one"),
  RETURN_TYPE_GENERICS_CHANGED(
      SOURCE_ONLY_BREAK,
      "Change a return type's type arguments",
      "callers that name the old type arguments stop compiling; already-compiled callers run on (erasure is unchanged)",
      "keep the type arguments, or add a method with a new name"),
  PARAMETERS_CHANGED(
      BREAKS_BOTH,
      "Add, remove or change a parameter",
      "callers stop compiling, and already-compiled callers fail to link (NoSuchMethodError)",
      "add an overload instead of changing the signature, and deprecate the old one"),
  PARAMETER_TYPE_WIDENED(
      BINARY_ONLY_BREAK,
      "Widen a parameter type (`int` to `long`, a class to its interface or to `Object`)",
      "callers still compile, but already-compiled callers fail to link (NoSuchMethodError: parameter types are part "
          + "of the method's descriptor)",
      "keep the old signature as an overload that delegates to the new one"),
  PARAMETER_GENERICS_CHANGED(
      SOURCE_ONLY_BREAK,
      "Change a parameter's type arguments or a method's type parameters",
      "callers and overriders written against the old type arguments may stop compiling; already-compiled ones run on",
      "keep the parameter types, and add an overload with a new name if they must change"),
  NOW_VARARGS(BOTH_COMPATIBLE, "Turn a last array parameter into varargs", "", ""),
  NO_LONGER_VARARGS(
      SOURCE_ONLY_BREAK,
      "Turn a varargs parameter into an array",
      "callers that pass separate arguments stop compiling; already-compiled callers run on",
      "keep the `...`"),
  CHECKED_EXCEPTION_ADDED(
      SOURCE_ONLY_BREAK,
      "Add a checked exception to `throws`",
      "callers that neither catch nor declare it stop compiling; already-compiled callers run on (throws clauses are "
          + "not checked at link time)",
      "throw an unchecked exception instead, or add a new method that throws it"),
  CHECKED_EXCEPTION_REMOVED(
      SOURCE_ONLY_BREAK,
      "Remove a checked exception from `throws`",
      "callers that catch it around nothing else that throws it stop compiling, and so do overriders that declare it; "
          + "already-compiled callers run on",
      "keep it in the throws clause until a major version"),
  THROWS_CHANGED_COMPATIBLY(
      BOTH_COMPATIBLE,
      "Add or remove an unchecked exception in `throws`, or a subclass of one declared",
      "",
      ""),
  FIELD_TYPE_CHANGED(
      BREAKS_BOTH,
      "Change a field's type",
      "code that reads or writes it stops compiling, and already-compiled code fails to link (NoSuchFieldError)",
      "add a field with a new name, and deprecate the old one"),
  FIELD_GENERICS_CHANGED(
      SOURCE_ONLY_BREAK,
      "Change a field type's type arguments",
      "code that names the old type arguments stops compiling; already-compiled code runs on",
      "keep the type arguments, or add a field with a new name"),
  FIELD_NOW_FINAL(
      BREAKS_BOTH,
      "Make a field final",
      "code that assigns it stops compiling, and already-compiled code fails to link (IllegalAccessError)",
      "keep it assignable until a major version"),
  FIELD_NO_LONGER_FINAL(BOTH_COMPATIBLE, "Remove `final` from a field", "", ""),
  CONSTANT_VALUE_CHANGED(
      BINARY_ONLY_BREAK,
      "Change a constant's value",
      "callers still compile, but already-compiled callers keep the old value: the compiler copied it into them",
      "say so in the release notes so that callers recompile, or, if they must see the new value without recompiling, "
          + "make it a static method or a field that is not a compile-time constant"),
  ELEMENT_ADDED_WITHOUT_DEFAULT(
      SOURCE_ONLY_BREAK,
      "Add an annotation element without a default, or remove a default",
      "every use of the annotation that does not set it stops compiling",
      "give the element a default value");

  private final Compatibility compatibility;
  private final String title;
  private final String consequence;
  private final String advice;

  ApiChangeKind(Compatibility compatibility, String title, String consequence, String advice) {
    this.compatibility = compatibility;
    this.title = title;
    this.consequence = consequence;
    this.advice = advice;
  }

  Compatibility compatibility() {
    return compatibility;
  }

  /** The change in a few words, as the rule page's table names it. */
  String title() {
    return title;
  }

  /** What happens to callers, naming which kind of break it is; empty for a compatible change. */
  String consequence() {
    return consequence;
  }

  /** How to make the change without the break; empty for a compatible change. */
  String advice() {
    return advice;
  }
}
