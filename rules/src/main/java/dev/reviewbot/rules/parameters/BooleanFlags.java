package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.rules.internal.Names;
import dev.reviewbot.rules.internal.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds boolean parameters that act as mode switches, the ones that turn into a bare {@code
 * true}/{@code false} at the call site. A boolean that is the data itself is not a flag: the value
 * a setter stores ({@code value}, {@code oldValue}, single letters), a condition a check tests, the
 * value of a named switch ({@code configure(Feature f, boolean state)}), one member of an overload
 * family ({@code print(boolean)} next to {@code print(int)}), or the one argument of a method whose
 * name already says what it switches ({@code lenient(boolean lenient)}, {@code
 * withCache(boolean)}).
 */
final class BooleanFlags {
  /** Parameter names that say "this is a value", not "this picks a behaviour". */
  private static final Set<String> DATA_NAMES =
      Set.of(
          "value",
          "v",
          "b",
          "bool",
          "condition",
          "expression",
          "expected",
          "actual",
          "state",
          "target",
          "left",
          "right",
          "lhs",
          "rhs",
          "other");

  /**
   * Parameter types that name a switch whose on/off value the boolean after them is: {@code
   * configure(Feature f, boolean state)}.
   */
  private static final String[] KEY_TYPE_SUFFIXES = {
    "Feature", "Option", "Flag", "Setting", "Property", "Attribute"
  };

  /**
   * Name prefixes of methods whose boolean argument is the subject (a condition to test, a value to
   * write), not a mode.
   */
  private static final String[] DATA_METHOD_PREFIXES = {
    "assert", "check", "require", "verify", "expect", "write", "append", "print"
  };

  /**
   * Name prefixes of one-argument methods whose call reads as naming the flag: {@code
   * withCache(true)}, {@code allowNulls(false)}.
   */
  private static final String[] SWITCH_METHOD_PREFIXES = {
    "with", "use", "allow", "enable", "disable", "include", "exclude", "show", "hide", "ignore",
    "skip", "keep", "is"
  };

  private BooleanFlags() {}

  static List<Parameter> of(CallableDeclaration<?> callable) {
    List<Parameter> flags = new ArrayList<>();
    List<Parameter> parameters = callable.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      if (Types.isBoolean(parameter.getType()) && !parameter.isVarArgs() && !isData(callable, i)) {
        flags.add(parameter);
      }
    }
    return flags;
  }

  private static boolean isData(CallableDeclaration<?> callable, int index) {
    String method = callable.getNameAsString();
    String name = callable.getParameter(index).getNameAsString();
    boolean last = index == callable.getParameters().size() - 1;
    if (DATA_NAMES.contains(name)
        || name.length() == 1
        || name.endsWith("Value")
        || Names.wordPrefix(method, DATA_METHOD_PREFIXES) != null
        || last && (method.equals("set") || Names.hasWordPrefix(method, "set"))) {
      return true; // the value a setter stores, a condition a check tests
    }
    if (callable.getParameters().size() == 1
        && (namesTheFlag(method, name)
            || Names.wordPrefix(method, SWITCH_METHOD_PREFIXES) != null)) {
      return true;
    }
    return index > 0 && namesASwitch(Types.simpleName(callable.getParameter(index - 1).getType()))
        || hasBooleanData(callable)
        || isOverloadedOnType(callable, index);
  }

  private static boolean namesASwitch(String type) {
    for (String suffix : KEY_TYPE_SUFFIXES) {
      if (type.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A method working on booleans ({@code indexOf(boolean[] array, boolean target)}) takes them as
   * data.
   */
  private static boolean hasBooleanData(CallableDeclaration<?> callable) {
    return callable.getParameters().stream()
        .anyMatch(
            p ->
                p.isVarArgs() && Types.isBoolean(p.getType())
                    || p.getType().isArrayType()
                        && Types.isBoolean(p.getType().asArrayType().getComponentType()));
  }

  /**
   * {@code lenient(boolean lenient)}, {@code enableCache(boolean cache)}: the call reads as the
   * flag's name.
   */
  private static boolean namesTheFlag(String method, String parameter) {
    String m = method.toLowerCase(Locale.ROOT);
    String p = parameter.toLowerCase(Locale.ROOT);
    return m.endsWith(p) || p.endsWith(m) || m.startsWith(p);
  }

  /** Another method of the same name and arity takes a different type at this position. */
  private static boolean isOverloadedOnType(CallableDeclaration<?> callable, int index) {
    if (!(callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
      return false;
    }
    for (BodyDeclaration<?> member : owner.getMembers()) {
      if (member != callable
          && member instanceof CallableDeclaration<?> other
          && other.getNameAsString().equals(callable.getNameAsString())
          && other.getParameters().size() == callable.getParameters().size()
          && !Types.isBoolean(other.getParameter(index).getType())) {
        return true;
      }
    }
    return false;
  }
}
