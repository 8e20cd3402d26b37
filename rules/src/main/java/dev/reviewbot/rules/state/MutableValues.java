package dev.reviewbot.rules.state;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ArrayType;
import dev.reviewbot.rules.internal.Types;
import java.util.Set;

/**
 * What a field holds, judged from its initializer and, failing that, its declared type. Only what
 * is known to be mutable counts: a {@code List} built by an unknown method is given the benefit of
 * the doubt.
 */
final class MutableValues {
  /** What kind of value a field holds. */
  enum Kind {
    MUTABLE,
    ARRAY,
    THREAD_SAFE,
    OTHER
  }

  /** A field's value: its kind and the type name a message can show. */
  record Value(Kind kind, String typeName) {
    boolean isShared() {
      return kind != Kind.OTHER;
    }
  }

  private static final Set<String> MUTABLE =
      Set.of(
          "ArrayList",
          "LinkedList",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "ArrayDeque",
          "PriorityQueue",
          "Vector",
          "Stack",
          "Hashtable",
          "IdentityHashMap",
          "WeakHashMap",
          "EnumMap",
          "BitSet",
          "Properties",
          "StringBuilder",
          "StringBuffer",
          "Date",
          "Calendar",
          "GregorianCalendar",
          "SimpleDateFormat",
          "DecimalFormat",
          "MessageFormat",
          "HashMultimap",
          "ArrayListMultimap",
          "HashMultiset");
  private static final Set<String> THREAD_SAFE =
      Set.of(
          "ConcurrentHashMap",
          "ConcurrentSkipListMap",
          "ConcurrentSkipListSet",
          "ConcurrentLinkedQueue",
          "ConcurrentLinkedDeque",
          "CopyOnWriteArrayList",
          "CopyOnWriteArraySet",
          "LinkedBlockingQueue",
          "ArrayBlockingQueue",
          "LinkedBlockingDeque",
          "PriorityBlockingQueue",
          "LinkedTransferQueue",
          "DelayQueue",
          "AtomicInteger",
          "AtomicLong",
          "AtomicBoolean",
          "AtomicReference",
          "AtomicIntegerArray",
          "AtomicLongArray",
          "AtomicReferenceArray",
          "LongAdder",
          "DoubleAdder",
          "LongAccumulator",
          "DoubleAccumulator");

  /** {@code Scope.method} factories that return a mutable collection. */
  private static final Set<String> MUTABLE_FACTORIES =
      Set.of(
          "Arrays.asList",
          "Lists.newArrayList",
          "Lists.newLinkedList",
          "Lists.newArrayListWithCapacity",
          "Maps.newHashMap",
          "Maps.newLinkedHashMap",
          "Maps.newTreeMap",
          "Maps.newEnumMap",
          "Maps.newIdentityHashMap",
          "Sets.newHashSet",
          "Sets.newLinkedHashSet",
          "Sets.newTreeSet",
          "Sets.newIdentityHashSet",
          "EnumSet.noneOf",
          "EnumSet.allOf",
          "EnumSet.of",
          "EnumSet.range",
          "EnumSet.copyOf",
          "EnumSet.complementOf",
          "Calendar.getInstance",
          "HashMultimap.create",
          "ArrayListMultimap.create",
          "HashMultiset.create");

  private static final Set<String> THREAD_SAFE_FACTORIES =
      Set.of(
          "Maps.newConcurrentMap",
          "Sets.newConcurrentHashSet",
          "ConcurrentHashMap.newKeySet",
          "Collections.synchronizedList",
          "Collections.synchronizedMap",
          "Collections.synchronizedSet",
          "Collections.synchronizedSortedMap",
          "Collections.synchronizedSortedSet",
          "Collections.synchronizedCollection");

  private MutableValues() {}

  static Value of(VariableDeclarator variable) {
    if (variable.getType() instanceof ArrayType) {
      boolean empty = variable.getInitializer().map(MutableValues::isEmptyArray).orElse(false);
      return new Value(empty ? Kind.OTHER : Kind.ARRAY, Types.text(variable.getType()));
    }
    Value fromInitializer = variable.getInitializer().map(MutableValues::ofExpression).orElse(null);
    if (fromInitializer != null && fromInitializer.isShared()) {
      return fromInitializer;
    }
    return ofTypeName(Types.simpleName(variable.getType()));
  }

  private static Value ofExpression(Expression initializer) {
    if (initializer instanceof ObjectCreationExpr creation) {
      return ofTypeName(creation.getType().getName().getIdentifier());
    }
    if (initializer instanceof MethodCallExpr call
        && call.getScope().orElse(null) instanceof NameExpr scope) {
      String factory = scope.getNameAsString() + "." + call.getNameAsString();
      if (MUTABLE_FACTORIES.contains(factory)) {
        return new Value(Kind.MUTABLE, factory + "(...)");
      }
      if (THREAD_SAFE_FACTORIES.contains(factory)) {
        return new Value(Kind.THREAD_SAFE, factory + "(...)");
      }
    }
    return null;
  }

  private static Value ofTypeName(String name) {
    if (MUTABLE.contains(name) || name.startsWith("Mutable") && name.length() > 7) {
      return new Value(Kind.MUTABLE, name);
    }
    return new Value(THREAD_SAFE.contains(name) ? Kind.THREAD_SAFE : Kind.OTHER, name);
  }

  /** {@code new X[0]}, {@code {}} and {@code new X[] {}} hold nothing to change. */
  private static boolean isEmptyArray(Expression initializer) {
    if (initializer instanceof ArrayInitializerExpr values) {
      return values.getValues().isEmpty();
    }
    if (initializer instanceof ArrayCreationExpr creation) {
      if (creation.getInitializer().isPresent()) {
        return creation.getInitializer().get().getValues().isEmpty();
      }
      return creation
          .getLevels()
          .get(0)
          .getDimension()
          .filter(d -> d instanceof IntegerLiteralExpr literal && literal.getValue().equals("0"))
          .isPresent();
    }
    return false;
  }
}
