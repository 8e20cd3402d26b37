package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares one class's serialization in the base and head versions and reports what objects
 * serialized by the previous version will not survive. Inline only where old streams exist and the
 * class pins its {@code serialVersionUID} to theirs (its author promised that they stay readable),
 * and the class is no exception; the rest goes to the summary.
 */
final class SerialComparison {
  private final Optional<SerialForm> base;
  private final Optional<SerialForm> published;
  private final SerialForm now;
  private final RuleContext ctx;
  private final ChangedLines changed;

  /**
   * @param base the class in the base version
   * @param published the class as old streams were written: in the newest release when one is known
   *     (empty if the release did not have it), else as in the base
   */
  SerialComparison(
      Optional<SerialForm> base, Optional<SerialForm> published, SerialForm now, RuleContext ctx) {
    this.base = base.filter(SerialForm::serializable);
    this.published = published.filter(SerialForm::serializable);
    this.now = now;
    this.ctx = ctx;
    this.changed = ctx.changedLines();
  }

  void report() {
    if (!now.serializable()) {
      base.filter(w -> !w.exceptionLike() && !w.replaced())
          .ifPresent(
              w ->
                  classReport(
                      SerialMessages.noLongerSerializable(now),
                      "Keep it Serializable, or replace it on write (writeReplace()) with a form that is.",
                      "not-serializable",
                      false));
      return;
    }
    if (now.replaced()
        || now.kind() == Serializability.EXTERNALIZABLE
            && base.map(w -> w.kind() == now.kind()).orElse(true)) {
      return; // a proxy is what the stream holds, or writeExternal() writes the whole form: the
      // fields are not it
    }
    newTransientFields();
    if (base.isEmpty()
        || base.get().replaced()
        || base.get().fieldsListed()
        || now.fieldsListed()) {
      return;
    }
    compare(base.get());
  }

  private void compare(SerialForm was) {
    if (was.uid().isPresent() && now.uid().isEmpty()) {
      boolean inline = published.flatMap(SerialForm::uid).isPresent() && !optedOut();
      classReport(
          SerialMessages.uidRemoved(was, now),
          SerialMessages.uidRemovedAdvice(was),
          "uid-removed",
          inline);
      return;
    }
    if (was.uid().isEmpty() && now.uid().isPresent()) {
      if (!now.exceptionLike()) {
        classReport(
            SerialMessages.uidAdded(now), SerialMessages.computedUidAdvice(), "uid-added", false);
      }
      return;
    }
    if (!was.uid().equals(now.uid())
        || published.isPresent() && !published.get().uid().equals(now.uid())) {
      return; // a new serialVersionUID (here or since the release): streams of the previous version
      // are rejected, not misread
    }
    if (was.kind() != now.kind()) {
      classReport(SerialMessages.kindSwitched(was, now), SerialMessages.bump(), "kind", pinned());
      return;
    }
    if (now.uid().isPresent()) {
      fieldsOfPinned(was);
      defaultData(was);
    } else if (!now.exceptionLike()) {
      computedUid(was);
    }
  }

  /**
   * Old streams exist (the published class was serializable) and carry the serialVersionUID the
   * class still declares, so they will be read, not rejected.
   */
  private boolean pinned() {
    return now.uid().isPresent() && published.flatMap(SerialForm::uid).equals(now.uid());
  }

  /**
   * {@code @SuppressWarnings("serial")} on the class or one around it: its author chose not to
   * declare serialVersionUID.
   */
  private boolean optedOut() {
    for (Node n = now.type(); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated
          && annotated.getAnnotations().stream().anyMatch(SerialComparison::suppressesSerial)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppressesSerial(AnnotationExpr annotation) {
    return annotation.getNameAsString().endsWith("SuppressWarnings")
        && annotation
            .findFirst(StringLiteralExpr.class, s -> s.getValue().equals("serial"))
            .isPresent();
  }

  /**
   * A transient field the change adds with an initializer that nothing restores: null in every
   * deserialized object.
   */
  private void newTransientFields() {
    for (SerialField field : now.fields().values()) {
      if (field.isTransient()
          && !field.isStatic()
          && isNew(field)
          && InitialValues.lost(field).isPresent()
          && !Restoration.restores(now, field)) {
        fieldReport(
            field,
            SerialMessages.transientField(field, now),
            SerialMessages.restoreAdvice(),
            "transient",
            now.uid().isPresent());
      }
    }
  }

  private void fieldsOfPinned(SerialForm was) {
    List<SerialField> added = new ArrayList<>();
    for (SerialField field : now.fields().values()) {
      SerialField old = was.fields().get(field.name());
      if (field.serialized() && old == null && touched(field)) {
        added.add(field);
      } else if (old != null && old.serialized() && touched(field)) {
        changedField(old, field);
      }
    }
    List<SerialField> removed =
        was.fields().values().stream()
            .filter(f -> f.serialized() && !now.fields().containsKey(f.name()))
            .toList();
    List<SerialField> unpaired = new ArrayList<>(removed);
    List<SerialField> initialised = new ArrayList<>();
    for (SerialField field : added) {
      Optional<SerialField> renamedFrom = renamedFrom(field, removed, added);
      if (renamedFrom.isPresent()) {
        unpaired.remove(renamedFrom.get());
        if (!Restoration.restores(now, field)) {
          fieldReport(
              field,
              SerialMessages.renamed(renamedFrom.get(), field, now),
              SerialMessages.renamedAdvice(renamedFrom.get()),
              "renamed",
              pinned() && published(renamedFrom.get()).isPresent());
        }
      } else if (!Restoration.restores(now, field) && InitialValues.lost(field).isPresent()) {
        initialised.add(field);
      } else if (!Restoration.restores(now, field)
          && field.isFinal()
          && field.initializer().isEmpty()) {
        fieldReport(
            field,
            SerialMessages.newFinalField(field, now),
            SerialMessages.newFieldAdvice(List.of(field)),
            "new-final",
            false);
      }
    }
    if (!initialised.isEmpty()) {
      boolean inline = pinned() && initialised.stream().allMatch(f -> published(f).isEmpty());
      fieldReport(
          initialised.get(0),
          SerialMessages.newFields(initialised, now),
          SerialMessages.newFieldAdvice(initialised),
          "new",
          inline);
    }
    if (!unpaired.isEmpty()) {
      classReport(
          SerialMessages.removed(unpaired, now),
          "Read the old values in readObject() if they still matter; " + SerialMessages.BUMP + ".",
          "removed",
          false);
    }
  }

  private void changedField(SerialField old, SerialField field) {
    boolean wasPublished =
        published(old).filter(p -> p.serialized() && p.type().equals(old.type())).isPresent();
    if (field.isStatic()) {
      fieldReport(
          field, SerialMessages.madeStatic(field, now), SerialMessages.bump(), "static", false);
    } else if (field.isTransient()) {
      if (!Restoration.restores(now, field)) {
        boolean broken = field.isFinal() || InitialValues.lost(field).isPresent();
        fieldReport(
            field,
            SerialMessages.madeTransient(field, now),
            SerialMessages.restoreAdvice(),
            "made-transient",
            broken && pinned() && wasPublished);
      }
    } else if (!old.type().equals(field.type()) && !Restoration.restores(now, field)) {
      fieldReport(
          field,
          SerialMessages.typeChanged(old, field, now),
          SerialMessages.typeChangedAdvice(),
          "type",
          (old.primitive() || field.primitive()) && pinned() && wasPublished);
    }
  }

  /** The field of that name in the published class. */
  private Optional<SerialField> published(SerialField field) {
    return published.map(p -> p.fields().get(field.name()));
  }

  /**
   * The one removed field of the same type, when the change adds exactly one field of that type
   * too.
   */
  private static Optional<SerialField> renamedFrom(
      SerialField field, List<SerialField> removed, List<SerialField> added) {
    List<SerialField> sameType =
        removed.stream().filter(f -> f.type().equals(field.type())).toList();
    long addedOfType = added.stream().filter(f -> f.type().equals(field.type())).count();
    return sameType.size() == 1 && addedOfType == 1
        ? Optional.of(sameType.get(0))
        : Optional.empty();
  }

  /**
   * Readers of default data meet writers of other data: the spec's "default field data must
   * consistently appear".
   */
  private void defaultData(SerialForm was) {
    if (was.readsDefaultData() != now.readsDefaultData()) {
      methodReport(now.readObject(), "readObject()", now.readsDefaultData(), "read-default");
    } else if (was.writesDefaultData() != now.writesDefaultData()) {
      methodReport(now.writeObject(), "writeObject()", now.writesDefaultData(), "write-default");
    }
  }

  private void methodReport(
      Optional<MethodDeclaration> method, String name, boolean nowDefault, String key) {
    Optional<LineRange> at = method.map(m -> Anchoring.lineOf(m.getName()));
    classReport(
        SerialMessages.defaultData(name, nowDefault, now),
        SerialMessages.defaultDataAdvice(),
        key,
        pinned(),
        at);
  }

  /**
   * Without an explicit serialVersionUID old streams already fail on this change: one summary line
   * says so.
   */
  private void computedUid(SerialForm was) {
    List<String> changes = new ArrayList<>();
    Map<String, SerialField> old =
        was.fields().entrySet().stream()
            .filter(e -> e.getValue().serialized())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    for (SerialField field : now.fields().values()) {
      SerialField previous = old.get(field.name());
      if (field.serialized() && (previous == null || !previous.type().equals(field.type()))) {
        changes.add((previous == null ? "adds `" : "retypes `") + field.name() + "`");
      }
    }
    old.keySet().stream()
        .filter(name -> !now.fields().containsKey(name) || !now.fields().get(name).serialized())
        .sorted()
        .forEach(name -> changes.add("drops `" + name + "`"));
    if (!changes.isEmpty()) {
      classReport(
          SerialMessages.computedUid(now, changes),
          SerialMessages.computedUidAdvice(),
          "computed-uid",
          false);
    }
  }

  /** The change added the field, or made a static field an instance one. */
  private boolean isNew(SerialField field) {
    return touched(field)
        && base.map(
                w ->
                    !w.fields().containsKey(field.name())
                        || w.fields().get(field.name()).isStatic())
            .orElse(true);
  }

  /** The change touched the field's declaration. */
  private boolean touched(SerialField field) {
    Node declaration =
        field
            .variable()
            .getParentNode()
            .filter(FieldDeclaration.class::isInstance)
            .orElse(field.variable());
    return declaration.getBegin().isPresent()
        && declaration.getEnd().isPresent()
        && changed.anyAdded(
            new LineRange(declaration.getBegin().get().line, declaration.getEnd().get().line));
  }

  private void fieldReport(
      SerialField field, String message, String advice, String key, boolean inline) {
    report(Report.at(field.variable(), message).withSuggestion(advice).withKey(key), inline);
  }

  private void classReport(String message, String advice, String key, boolean inline) {
    classReport(message, advice, key, inline, Optional.empty());
  }

  private void classReport(
      String message, String advice, String key, boolean inline, Optional<LineRange> preferred) {
    List<LineRange> candidates = new ArrayList<>();
    preferred.ifPresent(candidates::add);
    firstAddedLine().ifPresent(candidates::add);
    candidates.add(Anchoring.lineOf(now.type().getName()));
    report(
        Report.at(now.type(), message)
            .withSuggestion(advice)
            .withKey(key)
            .onLines(Anchoring.preferAdded(changed, candidates)),
        inline);
  }

  private Optional<LineRange> firstAddedLine() {
    int begin = now.type().getBegin().map(p -> p.line).orElse(1);
    int end = now.type().getEnd().map(p -> p.line).orElse(begin);
    return Optional.ofNullable(changed.added().ceiling(begin))
        .filter(line -> line <= end)
        .map(LineRange::of);
  }

  /**
   * Exceptions are serializable, but hardly ever read back by another version: their findings go to
   * the summary unless asked.
   */
  private void report(Report report, boolean inline) {
    boolean exceptionHeard =
        !now.exceptionLike() || ctx.option(SerializationCompatRule.EXCEPTIONS_INLINE);
    ctx.report(inline && exceptionHeard ? report : report.inSummary());
  }
}
