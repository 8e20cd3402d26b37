package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.PrinterConfiguration;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The constant conditions and exit calls the base version of a file already had, each known by its
 * method's name and its own text: one that only moved (members sorted, a method moved within the
 * file) or whose line was re-wrapped is not the change's.
 */
final class BaseStatements {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final PrinterConfiguration NO_COMMENTS =
      new DefaultPrinterConfiguration()
          .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS))
          .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));

  private final Set<String> keys;

  private BaseStatements(Set<String> keys) {
    this.keys = keys;
  }

  static BaseStatements of(Optional<CompilationUnit> base) {
    return new BaseStatements(
        base.map(
                unit ->
                    unit.findAll(Node.class, BaseStatements::leftover).stream()
                        .map(BaseStatements::key)
                        .collect(Collectors.toSet()))
            .orElse(Set.of()));
  }

  boolean had(Node node) {
    return keys.contains(key(node));
  }

  private static boolean leftover(Node node) {
    return node instanceof IfStmt branch
            && ConstantConditions.valueOf(branch.getCondition()).isPresent()
        || node instanceof ConditionalExpr conditional
            && ConstantConditions.valueOf(conditional.getCondition()).isPresent()
        || node instanceof MethodCallExpr call && ProcessExits.exitCall(call).isPresent();
  }

  private static String key(Node node) {
    String method =
        Ancestors.nearest(node, CallableDeclaration.class)
            .map(callable -> callable.getNameAsString())
            .orElse("");
    return method + "|" + WHITESPACE.matcher(node.toString(NO_COMMENTS)).replaceAll(" ");
  }
}
