package dev.reviewbot.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewbot.rules.internal.FieldReferences;
import dev.reviewbot.rules.internal.Mutators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the code of one type changes its fields, found in one walk: the contents of a field changed
 * after initialization ({@code CACHE.put(...)}, {@code TABLE[i] = x}) and static fields written by
 * instance code ({@code count++} in a constructor). Initialization code is the static initializers,
 * field initializers, private static helpers called only from those, and for an enum also its
 * constructors (they run once, while the class initializes).
 */
final class FieldChanges {
  private static final Map<String, Integer> STATIC_MUTATORS =
      Map.ofEntries(
          Map.entry("Arrays.fill", 0),
          Map.entry("Arrays.sort", 0),
          Map.entry("Arrays.setAll", 0),
          Map.entry("Arrays.parallelSort", 0),
          Map.entry("Arrays.parallelSetAll", 0),
          Map.entry("Arrays.parallelPrefix", 0),
          Map.entry("Collections.sort", 0),
          Map.entry("Collections.shuffle", 0),
          Map.entry("Collections.reverse", 0),
          Map.entry("Collections.addAll", 0),
          Map.entry("Collections.fill", 0),
          Map.entry("Collections.swap", 0),
          Map.entry("Collections.rotate", 0),
          Map.entry("System.arraycopy", 2));

  private static final String INIT = "<init>";
  private static final String OTHER = "<other>";

  private final TypeDeclaration<?> owner;
  private final FieldReferences references = new FieldReferences();
  private final Set<String> initHelpers;
  private final Map<String, Node> firstContentChange = new HashMap<>();

  /** Static-field writes from instance code: the first per field and member. */
  private final Map<String, StaticWrite> staticWrites = new LinkedHashMap<>();

  /** Static fields assigned somewhere other than initialization code. */
  private final Set<String> writtenAfterInit = new HashSet<>();

  /** Static fields assigned in initialization code (static blocks, init-only helpers). */
  private final Set<String> writtenDuringInit = new HashSet<>();

  /** Instance code writing a static field. */
  record StaticWrite(Node at, String field) {}

  FieldChanges(TypeDeclaration<?> owner, Set<String> watchedContents, Set<String> staticFields) {
    this.owner = owner;
    this.initHelpers = initOnlyHelpers(owner);
    owner.walk(
        node -> {
          if (node instanceof MethodCallExpr call) {
            changedByCall(call, watchedContents)
                .ifPresent(field -> recordContentChange(field, node));
          } else if (node instanceof AssignExpr assign) {
            references
                .elementOf(assign.getTarget())
                .filter(watchedContents::contains)
                .ifPresent(f -> recordContentChange(f, node));
            references
                .fieldName(assign.getTarget())
                .filter(staticFields::contains)
                .ifPresent(f -> recordStaticWrite(f, node));
          } else if (node instanceof UnaryExpr unary && isIncrement(unary)) {
            references
                .elementOf(unary.getExpression())
                .filter(watchedContents::contains)
                .ifPresent(f -> recordContentChange(f, node));
            references
                .fieldName(unary.getExpression())
                .filter(staticFields::contains)
                .ifPresent(f -> recordStaticWrite(f, node));
          }
        });
  }

  /** The first place outside initialization code where the contents of {@code field} change. */
  Optional<Node> contentChange(String field) {
    return Optional.ofNullable(firstContentChange.get(field));
  }

  /**
   * True if only initialization code assigns the static field (at least once, e.g. in a static
   * block with a try/catch that rules out {@code final}): final in all but name.
   */
  boolean isAssignedOnlyDuringInitialization(String field) {
    return writtenDuringInit.contains(field) && !writtenAfterInit.contains(field);
  }

  /** Writes to static fields from instance methods, constructors and instance initializers. */
  List<StaticWrite> staticWritesFromInstanceCode() {
    return new ArrayList<>(staticWrites.values());
  }

  /** The watched field whose contents {@code call} changes, if any. */
  private Optional<String> changedByCall(MethodCallExpr call, Set<String> watched) {
    if (call.getScope().isPresent() && Mutators.isMutator(call.getNameAsString())) {
      Optional<String> field =
          references.fieldName(call.getScope().get()).filter(watched::contains);
      if (field.isPresent()) {
        return field;
      }
    }
    Expression scope = call.getScope().orElse(null);
    String owner =
        scope instanceof NameExpr name
            ? name.getNameAsString()
            : scope instanceof FieldAccessExpr qualified
                ? qualified.getNameAsString()
                : null; // java.util.Arrays
    if (owner != null) {
      Integer argument = STATIC_MUTATORS.get(owner + "." + call.getNameAsString());
      if (argument != null && call.getArguments().size() > argument) {
        return references.fieldName(call.getArgument(argument)).filter(watched::contains);
      }
    }
    return Optional.empty();
  }

  private void recordContentChange(String field, Node at) {
    if (!isInitialization(member(at))) {
      firstContentChange.putIfAbsent(field, at);
    }
  }

  private void recordStaticWrite(String field, Node at) {
    BodyDeclaration<?> member = member(at);
    if (nearestTypeDeclaring(at, field) == owner) {
      (isInitialization(member) ? writtenDuringInit : writtenAfterInit).add(field);
    }
    if (nearestTypeDeclaring(at, field) == owner && isInstanceCode(member)) {
      staticWrites.putIfAbsent(
          field + "@" + System.identityHashCode(member), new StaticWrite(at, field));
    }
  }

  private static boolean isIncrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  private boolean isInitialization(BodyDeclaration<?> member) {
    if (member instanceof InitializerDeclaration initializer) {
      return initializer.isStatic();
    }
    if (member instanceof FieldDeclaration field) {
      return field.isStatic();
    }
    if (member instanceof ConstructorDeclaration) {
      return member.getParentNode().orElse(null) instanceof EnumDeclaration;
    }
    return member instanceof MethodDeclaration method
        && method.getParentNode().orElse(null) == owner
        && initHelpers.contains(method.getNameAsString());
  }

  private static boolean isInstanceCode(BodyDeclaration<?> member) {
    return member instanceof MethodDeclaration method && !method.isStatic()
        || member instanceof ConstructorDeclaration
        || member instanceof CompactConstructorDeclaration
        || member instanceof InitializerDeclaration initializer && !initializer.isStatic()
        || member instanceof FieldDeclaration field && !field.isStatic();
  }

  /** The method, constructor, initializer or field whose code {@code node} is part of. */
  private static BodyDeclaration<?> member(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof BodyDeclaration<?> body && !(current instanceof TypeDeclaration<?>)) {
        return body;
      }
    }
    return null;
  }

  private static TypeDeclaration<?> nearestTypeDeclaring(Node node, String field) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type && declaresField(type, field)) {
        return type;
      }
    }
    return null;
  }

  private static boolean declaresField(TypeDeclaration<?> type, String field) {
    return type != null && type.getFieldByName(field).isPresent();
  }

  /**
   * Private static methods that only initialization code calls, directly or through other such
   * helpers: {@code static final MediaType JSON = createConstant(...)} calling {@code
   * addKnownType(...)} still runs once, while the class initializes.
   */
  private static Set<String> initOnlyHelpers(TypeDeclaration<?> owner) {
    Set<String> candidates = new HashSet<>();
    owner.getMethods().stream()
        .filter(m -> m.isPrivate() && m.isStatic())
        .forEach(m -> candidates.add(m.getNameAsString()));
    Map<String, Set<String>> callers =
        new HashMap<>(); // helper -> who calls it: INIT, another candidate, or OTHER
    owner.walk(
        MethodCallExpr.class,
        call -> {
          if (call.getScope().isEmpty() && candidates.contains(call.getNameAsString())) {
            callers
                .computeIfAbsent(call.getNameAsString(), k -> new HashSet<>())
                .add(caller(call, owner, candidates));
          }
        });
    Set<String> initOnly = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew =
          callers.entrySet().stream()
              .filter(
                  e ->
                      !initOnly.contains(e.getKey())
                          && e.getValue().stream()
                              .allMatch(c -> c.equals(INIT) || initOnly.contains(c)))
              .map(e -> initOnly.add(e.getKey()))
              .toList()
              .contains(true);
    }
    return initOnly;
  }

  /**
   * {@code INIT} for initialization code, the helper's name for a call from another candidate
   * helper, else {@code OTHER}.
   */
  private static String caller(
      MethodCallExpr call, TypeDeclaration<?> owner, Set<String> candidates) {
    BodyDeclaration<?> member = member(call);
    if (member instanceof InitializerDeclaration i && i.isStatic()
        || member instanceof FieldDeclaration f && f.isStatic()) {
      return INIT;
    }
    boolean helper =
        member instanceof MethodDeclaration m
            && m.getParentNode().orElse(null) == owner
            && candidates.contains(m.getNameAsString());
    return helper ? ((MethodDeclaration) member).getNameAsString() : OTHER;
  }
}
