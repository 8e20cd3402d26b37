package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.LocalNames;
import dev.reviewbot.rules.internal.Names;
import dev.reviewbot.rules.locale.Use.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a case conversion's result to where it is used: through {@code trim()} and the like,
 * parentheses, casts, conditionals and concatenation, and once through a local variable to each of
 * its later uses. Reads source only: a call named {@code get} is taken for a map's.
 */
final class CaseUses {
  /** Calls that hand on the same text, still converted: the use is whatever comes after them. */
  private static final Set<String> PASS_THROUGH =
      Set.of(
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "intern",
          "replace",
          "replaceAll",
          "replaceFirst",
          "substring",
          "concat",
          "toString");

  private static final Set<String> EQUALITY = Set.of("equals", "contentEquals", "compareTo");
  private static final Set<String> IGNORING_CASE =
      Set.of("equalsIgnoreCase", "compareToIgnoreCase");
  private static final Set<String> SEARCHES =
      Set.of("startsWith", "endsWith", "contains", "indexOf", "lastIndexOf", "matches");

  /**
   * Map calls whose first argument is a key ({@code contains} is a set's only on a constant: else
   * it may search text).
   */
  private static final Set<String> KEYED =
      Set.of(
          "get",
          "put",
          "putIfAbsent",
          "containsKey",
          "getOrDefault",
          "computeIfAbsent",
          "computeIfPresent",
          "compute",
          "merge",
          "remove");

  /** Lookups by name: charsets and classes. */
  private static final Set<String> NAMED_LOOKUPS = Set.of("forName", "isSupported", "getBytes");

  /** Calls that show their arguments to a person. */
  private static final Set<String> SHOWING =
      Set.of(
          "trace", "debug", "info", "warn", "warning", "error", "fatal", "log", "severe", "fine",
          "finer", "finest", "print", "println", "printf", "format");

  /** Types whose {@code valueOf(String)} parses rather than looking up an enum constant. */
  private static final Set<String> NOT_ENUMS =
      Set.of(
          "String",
          "Integer",
          "Long",
          "Short",
          "Byte",
          "Double",
          "Float",
          "Boolean",
          "Character",
          "BigDecimal",
          "BigInteger");

  private final CompilationUnit unit;
  private final LocalNames locals = new LocalNames();

  CaseUses(CompilationUnit unit) {
    this.unit = unit;
  }

  /**
   * The uses of {@code call}'s result, most telling first: one, or each later use of the local
   * variable it is stored in (or only that it is stored, when none of them tells more).
   */
  List<Use> of(MethodCallExpr call, Conversion conversion) {
    Expression v = outermost(call);
    Optional<String> local = localAssigned(v, v.getParentNode().orElse(null));
    return local.isPresent()
        ? laterUses(v, local.get(), conversion)
        : List.of(follow(call, conversion, true));
  }

  /**
   * @param direct {@code value} is the conversion itself, not a variable that holds its result
   */
  private Use follow(Expression value, Conversion conversion, boolean direct) {
    Expression v = outermost(value);
    Node parent = v.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call) {
      boolean receiver = call.getScope().filter(s -> s == v).isPresent();
      Comparing comparing =
          new Comparing(
              call,
              conversion,
              direct ? Optional.of(value) : Optional.empty(),
              !direct || !receiver);
      return receiver ? calledOn(comparing) : passedTo(comparing, v);
    }
    if (parent instanceof SwitchNode node && node.getSelector() == v) {
      return switchOn(node, conversion);
    }
    if (parent instanceof ObjectCreationExpr creation
        && creation.getArguments().contains(v)
        && creation.getType().getNameAsString().matches(".*(Exception|Error)")) {
      return Use.of(Kind.SHOWN, creation, "an exception's message");
    }
    if (parent instanceof ReturnStmt) {
      return Ancestors.nearest(v, MethodDeclaration.class)
              .filter(m -> m.getNameAsString().equals("toString"))
              .isPresent()
          ? Use.of(Kind.SHOWN, parent, "returned by toString()")
          : Use.of(Kind.UNSEEN, parent, "returned");
    }
    return Use.of(
        Kind.UNSEEN,
        v,
        v.getParentNode().orElse(null) instanceof AssignExpr a && a.getValue() == v
            ? "stored in `" + brief(a.getTarget()) + "`"
            : "stored or passed on");
  }

  /** The largest expression around {@code value} that is still the converted text. */
  private static Expression outermost(Expression value) {
    Expression v = value;
    while (v.getParentNode().orElse(null) instanceof Expression parent && carries(parent, v)) {
      v = parent;
    }
    return v;
  }

  private static boolean carries(Expression parent, Expression v) {
    return parent instanceof EnclosedExpr
        || parent instanceof CastExpr
        || parent instanceof ConditionalExpr c && c.getCondition() != v
        || parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS
        || parent instanceof MethodCallExpr m
            && m.getScope().filter(s -> s == v).isPresent()
            && PASS_THROUGH.contains(m.getNameAsString());
  }

  /**
   * A call that receives the converted text.
   *
   * @param conversionCall the conversion itself, when the call receives its result directly
   * @param defers a conversion on the other side of a comparison is reported there, not twice: the
   *     text came through a local variable, or is the argument of a call on converted text
   */
  private record Comparing(
      MethodCallExpr call,
      Conversion conversion,
      Optional<Expression> conversionCall,
      boolean defers) {}

  /** {@code converted.equals(x)}, {@code converted.startsWith("...")}. */
  private Use calledOn(Comparing comparing) {
    MethodCallExpr call = comparing.call();
    String name = call.getNameAsString();
    if (IGNORING_CASE.contains(name)) {
      return Use.of(Kind.SAFE, call, "compared by " + name);
    }
    if (call.getArguments().isEmpty()) {
      return Use.of(Kind.UNSEEN, call, "used by `" + name + "()`");
    }
    Expression other = call.getArgument(0);
    if (EQUALITY.contains(name)) {
      return comparedWith(other, comparing, name);
    }
    if (SEARCHES.contains(name)) {
      Use compared = comparedWith(other, comparing, name);
      return compared.kind() == Kind.COMPARED || compared.kind() == Kind.COMPARED_CONVERTED
          ? Use.of(Kind.SEARCHED, call, "searched with `" + name + "(" + brief(other) + ")`")
          : compared;
    }
    return Use.of(Kind.UNSEEN, call, "used by `" + name + "(...)`");
  }

  /**
   * {@code "x".equals(converted)}, {@code map.get(converted)}, {@code Type.valueOf(converted)},
   * {@code log.info(converted)}.
   */
  private Use passedTo(Comparing comparing, Expression v) {
    MethodCallExpr call = comparing.call();
    Conversion conversion = comparing.conversion();
    String name = call.getNameAsString();
    int index = call.getArguments().indexOf(v);
    Optional<Expression> scope = call.getScope();
    if (IGNORING_CASE.contains(name)) {
      return Use.of(Kind.SAFE, call, "compared by " + name);
    }
    if (name.equals("equals")
        && call.getArguments().size() == 2
        && scope.map(s -> s.toString().endsWith("Objects")).orElse(false)) {
      return comparedWith(call.getArgument(1 - index), comparing, "Objects.equals");
    }
    if (name.equals("contains") && scope.filter(CaseUses::isConstant).isPresent()) {
      return Use.of(Kind.KEY, call, "looked up in " + describe(call));
    }
    if ((EQUALITY.contains(name) || SEARCHES.contains(name))
        && scope.isPresent()
        && call.getArguments().size() == 1) {
      Use compared = comparedWith(scope.get(), comparing, name);
      boolean settled = compared.kind() == Kind.MATCHED || compared.kind() == Kind.SAFE;
      return SEARCHES.contains(name) && !settled
          ? Use.of(Kind.SEARCHED, call, "searched for with `" + name + "(...)`")
          : compared;
    }
    if (name.equals("valueOf") && enumLookup(call, index)) {
      return enumConstants(call)
              .filter(constants -> constants.stream().noneMatch(conversion::canMiss))
              .isPresent()
          ? Use.of(Kind.SAFE, call, "looked up by valueOf")
          : Use.of(Kind.ENUM_LOOKUP, call, "looked up as an enum constant by " + describe(call));
    }
    if (index == 0 && KEYED.contains(name) && scope.isPresent()) {
      return Use.of(Kind.KEY, call, "used as a key in " + describe(call));
    }
    if (NAMED_LOOKUPS.contains(name)) {
      return Use.of(Kind.KEY, call, "looked up by name in " + describe(call));
    }
    if (SHOWING.contains(name)) {
      return Use.of(Kind.SHOWN, call, "shown by `" + name + "(...)`");
    }
    return Use.of(Kind.UNSEEN, call, "passed to `" + name + "(...)`");
  }

  /** {@code Color.valueOf(converted)} or {@code Enum.valueOf(Color.class, converted)}. */
  private static boolean enumLookup(MethodCallExpr call, int index) {
    if (call.getScope().isEmpty()) {
      return index == 0 && call.getArguments().size() == 1 && enclosingEnum(call).isPresent();
    }
    String scope =
        call.getScope()
            .map(s -> s instanceof FieldAccessExpr f ? f.getNameAsString() : s.toString())
            .orElseThrow();
    if (scope.equals("Enum")) {
      return index == 1;
    }
    return index == 0
        && call.getArguments().size() == 1
        && Character.isUpperCase(scope.charAt(0))
        && !NOT_ENUMS.contains(scope);
  }

  /** {@code valueOf(name)} inside an enum is its own lookup. */
  private static Optional<EnumDeclaration> enclosingEnum(Node node) {
    return Ancestors.nearest(node, TypeDeclaration.class)
        .filter(EnumDeclaration.class::isInstance)
        .map(EnumDeclaration.class::cast);
  }

  /** The constants of the enum {@code valueOf} looks in, when this file declares it. */
  private static Optional<List<String>> enumConstants(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return enclosingEnum(call)
          .map(e -> e.getEntries().stream().map(entry -> entry.getNameAsString()).toList());
    }
    Expression type =
        call.getArguments().size() == 2 ? call.getArgument(0) : call.getScope().orElseThrow();
    return Enums.constants(call, type.toString().replaceFirst("\\.class$", ""));
  }

  private Use comparedWith(Expression other, Comparing comparing, String how) {
    MethodCallExpr call = comparing.call();
    Conversion conversion = comparing.conversion();
    Optional<String> text = text(other);
    if (text.isPresent()) {
      String shown =
          other instanceof StringLiteralExpr || other instanceof CharLiteralExpr
              ? other.toString()
              : other + " (\"" + text.get() + "\")";
      return conversion.canMiss(text.get())
          ? new Use(Kind.MATCHED, call, "compared by `" + how + "(" + shown + ")`", text.get())
          : Use.of(Kind.SAFE, call, "compared by " + how);
    }
    if (isConstant(other)) {
      return Use.of(Kind.UNKNOWN_CONSTANT, call, "compared by `" + how + "(" + brief(other) + ")`");
    }
    if (comparing.conversionCall().filter(c -> sameText(c, other)).isPresent()) {
      return Use.of(
          Kind.SAFE, call, "compared with the text it converts: a test whether the text has case");
    }
    String compared = "compared by `" + how + "(" + brief(other) + ")`";
    if (comparing.defers() && convertsByDefault(other)) {
      return Use.of(Kind.SAFE, call, compared + ", reported where the other side is converted");
    }
    return converted(other)
        ? Use.of(Kind.COMPARED_CONVERTED, call, compared)
        : Use.of(Kind.COMPARED, call, compared);
  }

  private Use switchOn(SwitchNode node, Conversion conversion) {
    List<Expression> labels =
        node.getEntries().stream().map(SwitchEntry::getLabels).flatMap(List::stream).toList();
    for (Expression label : labels) {
      Optional<String> text = text(label);
      if (text.isEmpty()) {
        return Use.of(
            Kind.UNKNOWN_CONSTANT, (Node) node, "the selector of a switch on `" + label + "`");
      }
      if (conversion.canMiss(text.get())) {
        return new Use(
            Kind.SWITCH, label, "the selector of a switch with `case " + label + "`", text.get());
      }
    }
    return Use.of(Kind.SAFE, (Node) node, "the selector of a switch");
  }

  /** The text of a string or char literal, or of a constant this file declares with one. */
  private Optional<String> text(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return Optional.of(s.asString());
    }
    if (e instanceof CharLiteralExpr c) {
      return Optional.of(String.valueOf(c.asChar()));
    }
    if (!isConstant(e)) {
      return Optional.empty();
    }
    String name = e instanceof FieldAccessExpr f ? f.getNameAsString() : e.toString();
    return unit
        .findAll(
            VariableDeclarator.class,
            d ->
                d.getNameAsString().equals(name)
                    && d.getInitializer().filter(StringLiteralExpr.class::isInstance).isPresent())
        .stream()
        .findFirst()
        .map(d -> d.getInitializer().orElseThrow().asStringLiteralExpr().asString());
  }

  /** {@code SNAPSHOT} or {@code Artifact.SNAPSHOT_VERSION}: a name in constant case. */
  private static boolean isConstant(Expression e) {
    String name =
        e instanceof NameExpr n
            ? n.getNameAsString()
            : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
    return name != null && Names.isConstantCase(name) && name.chars().anyMatch(Character::isLetter);
  }

  /**
   * True if {@code other} is the text {@code conversion} converts, or its opposite conversion:
   * {@code s.toLowerCase().equals(s)} asks whether {@code s} is lower case already, which no locale
   * gets wrong for identifiers.
   */
  private static boolean sameText(Expression conversion, Expression other) {
    Optional<Expression> converted = ((MethodCallExpr) conversion).getScope();
    Optional<Expression> otherConverted =
        other instanceof MethodCallExpr m && Conversion.of(m.getNameAsString()).isPresent()
            ? m.getScope()
            : Optional.of(other);
    return converted.isPresent() && converted.equals(otherConverted);
  }

  /** True if the expression converts case, or is a local variable that holds converted text. */
  private static boolean converted(Expression e) {
    if (converts(e)) {
      return true;
    }
    if (!(e instanceof NameExpr name)) {
      return false;
    }
    Optional<Node> member =
        Ancestors.nearest(
            e,
            Node.class,
            n -> n instanceof BodyDeclaration<?> && !(n instanceof TypeDeclaration<?>));
    return member
        .map(
            m ->
                m.findFirst(
                        VariableDeclarator.class,
                        d ->
                            d.getNameAsString().equals(name.getNameAsString())
                                && d.getInitializer().filter(CaseUses::converts).isPresent())
                    .isPresent())
        .orElse(false);
  }

  /** True if the expression converts case in the default locale itself, as a finding of its own. */
  private static boolean convertsByDefault(Expression e) {
    return e.findFirst(
            MethodCallExpr.class,
            m -> Conversion.of(m.getNameAsString()).isPresent() && m.getArguments().isEmpty())
        .isPresent();
  }

  /**
   * True if the expression itself converts case: {@code b.toLowerCase()}, with or without a locale.
   */
  private static boolean converts(Expression e) {
    return e.findFirst(MethodCallExpr.class, m -> Conversion.of(m.getNameAsString()).isPresent())
        .isPresent();
  }

  /** The local variable that {@code v} initializes or is assigned to. */
  private Optional<String> localAssigned(Expression v, Node parent) {
    if (parent instanceof VariableDeclarator d
        && d.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
      return Optional.of(d.getNameAsString());
    }
    if (parent instanceof AssignExpr a
        && a.getValue() == v
        && a.getOperator() == AssignExpr.Operator.ASSIGN
        && a.getTarget() instanceof NameExpr n
        && locals.isLocal(a, n.getNameAsString())) {
      return Optional.of(n.getNameAsString());
    }
    return Optional.empty();
  }

  /** The variable's uses after {@code v}, in the code around it, most telling first. */
  private List<Use> laterUses(Expression v, String variable, Conversion conversion) {
    Optional<Node> scope =
        Ancestors.nearest(
            v,
            Node.class,
            n ->
                n instanceof LambdaExpr
                    || n instanceof BodyDeclaration<?> && !(n instanceof TypeDeclaration<?>));
    List<Use> uses = new ArrayList<>();
    scope.ifPresent(
        s ->
            s.findAll(
                    NameExpr.class,
                    n -> n.getNameAsString().equals(variable) && after(n, v) && !assigned(n))
                .forEach(n -> uses.add(follow(n, conversion, false))));
    uses.sort(Comparator.comparingInt(u -> u.kind().rank()));
    Use stored = Use.of(Kind.UNSEEN, v, "stored in `" + variable + "`");
    return uses.isEmpty() || uses.get(0).kind() == Kind.UNSEEN ? List.of(stored) : uses;
  }

  private static boolean after(Node n, Node v) {
    return n.getBegin().isPresent()
        && v.getEnd().isPresent()
        && n.getBegin().get().isAfter(v.getEnd().get());
  }

  private static boolean assigned(NameExpr n) {
    return n.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == n;
  }

  /** The expression's text for a message, or its last name when it is long. */
  static String brief(Expression e) {
    String text = e.toString().replaceAll("\\s+", " ");
    if (text.length() <= 40) {
      return text;
    }
    return e instanceof MethodCallExpr m ? m.getNameAsString() + "(...)" : "...";
  }

  /** {@code map.get(...)}: the call with its arguments elided, short enough for a message. */
  static String describe(MethodCallExpr call) {
    String scope = call.getScope().map(Object::toString).orElse("");
    return "`"
        + (scope.isEmpty() || scope.length() > 40 ? "" : scope + ".")
        + call.getNameAsString()
        + "(...)`";
  }
}
