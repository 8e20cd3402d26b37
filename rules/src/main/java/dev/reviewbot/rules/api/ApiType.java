package dev.reviewbot.rules.api;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An exported type with its exported members.
 *
 * @param path the type's name with its enclosing types, e.g. {@code Outer.Inner}
 * @param kind {@code class}, {@code interface}, {@code enum}, {@code record} or {@code annotation}
 */
record ApiType(String path, String kind, TypeDeclaration<?> declaration, List<ApiMember> members) {
  ApiType {
    members = List.copyOf(members);
  }

  Map<String, ApiMember> byKey() {
    return members.stream().collect(Collectors.toMap(ApiMember::key, Function.identity(), (a, b) -> a));
  }

  long countedMembers() {
    return members.stream().filter(ApiMember::counted).count();
  }

  LineRange header() {
    return Anchoring.lineOf(declaration.getName());
  }

  boolean isTopLevel() {
    return !path.contains(".");
  }
}
