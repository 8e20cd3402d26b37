package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import java.util.Optional;

/**
 * Changes to a serializable class that objects serialized by the previous version do not survive
 * (Java Object Serialization Specification, 5.6): deserialization runs neither field initializers
 * nor constructors, so a field the change adds reads as {@code null}, {@code 0} or {@code false}
 * from an old stream; a renamed or retyped field, a field made transient, a dropped {@code
 * serialVersionUID} or a {@code readObject} that stops reading the default data break reading
 * outright. Inline when the class pinned its {@code serialVersionUID} (its author promised that old
 * streams stay readable) and is not an exception; see {@link SerialComparison}.
 */
@RuleInfo(
    id = "serialization-compat",
    summary =
        "Serializable class changed in a way objects serialized by the previous version do not survive",
    severity = Severity.WARNING,
    tags = {"serialization", "compatibility"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class SerializationCompatRule implements JavaRule {
  static final Option<Boolean> EXCEPTIONS_INLINE =
      Option.bool(
          "exceptionsInline",
          false,
          "Comment inline on exceptions too (every Throwable is serializable, but few are read back by another version; "
              + "turn on where exceptions cross JVMs, e.g. over RMI)");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(ClassOrInterfaceDeclaration.class, this::check);
  }

  private void check(ClassOrInterfaceDeclaration type, RuleContext ctx) {
    Optional<String> path = TypePath.of(type);
    if (type.isInterface() || path.isEmpty()) {
      return;
    }
    Optional<SerialForm> base =
        ctx.baseCompilationUnit()
            .flatMap(unit -> TypePath.find(unit, path.get()))
            .map(SerialForm::of);
    SerialForm head = SerialForm.of(type);
    if (!head.serializable() && base.map(form -> !form.serializable()).orElse(true)) {
      return; // no serialized form to compare: do not read the release (a remote read in the bot)
    }
    // old streams were written by the newest release when one is known, else (as far as we can
    // tell) by the base
    Optional<SerialForm> published =
        ctx.lastRelease().isPresent()
            ? ctx.lastRelease()
                .get()
                .compilationUnit()
                .flatMap(unit -> TypePath.find(unit, path.get()))
                .map(SerialForm::of)
            : base;
    new SerialComparison(base, published, head, ctx).report();
  }
}
