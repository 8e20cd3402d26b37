package dev.reviewbot.plugin;

import com.github.javaparser.ast.Node;
import dev.reviewbot.api.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars in a test: compiles rule sources against the rule API with the JDK's
 * compiler and packs them with a {@code META-INF/services} entry, as a plugin project's build
 * would. The classes exist only in the jar, never on the test class path.
 */
final class PluginJars {
  private PluginJars() {}

  /**
   * @param sources Java source text by fully qualified class name
   * @param services the class names to list in the service file (none: no service file)
   */
  static Path build(Path dir, String jarName, Map<String, String> sources, List<String> services) {
    try {
      Path work = Files.createTempDirectory(dir, jarName + "-build");
      Path src = work.resolve("src");
      Path classes = Files.createDirectories(work.resolve("classes"));
      List<String> files = new ArrayList<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        files.add(file.toString());
      }
      if (!files.isEmpty()) {
        compile(classes, files);
      }
      Path jar = dir.resolve(jarName);
      try (OutputStream out = Files.newOutputStream(jar);
          JarOutputStream zip = new JarOutputStream(out)) {
        if (!services.isEmpty()) {
          zip.putNextEntry(new JarEntry(PluginLoader.SERVICE_FILE));
          zip.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
        try (Stream<Path> compiled = Files.walk(classes)) {
          for (Path file : compiled.filter(Files::isRegularFile).sorted().toList()) {
            zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
            zip.write(Files.readAllBytes(file));
            zip.closeEntry();
          }
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(Path classes, List<String> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-proc:none",
                "-d",
                classes.toString(),
                "-classpath",
                location(Rule.class) + java.io.File.pathSeparator + location(Node.class)));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException(
          "test plugin does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A rule class source: flags every method whose name is {@code flagged}, or throws on it. */
  static String rule(String className, String id, String body) {
    int dot = className.lastIndexOf('.');
    return "package "
        + className.substring(0, dot)
        + ";\n"
        + "import com.github.javaparser.ast.body.MethodDeclaration;\n"
        + "import dev.reviewbot.api.*;\n"
        + "@RuleInfo(id = \""
        + id
        + "\", summary = \"Test rule "
        + id
        + "\", severity = Severity.WARNING, since = \"1.0\")\n"
        + "public final class "
        + className.substring(dot + 1)
        + " implements JavaRule {\n"
        + "  public void subscribe(Subscriptions on) {\n"
        + "    on.on(MethodDeclaration.class, (m, ctx) -> {\n"
        + "      if (m.getNameAsString().equals(\"flagged\")) { "
        + body
        + " }\n"
        + "    });\n"
        + "  }\n"
        + "}\n";
  }

  static final String REPORTS = "ctx.report(m, \"flagged method\");";
  static final String THROWS = "throw new IllegalStateException(\"house rule bug\");";
}
