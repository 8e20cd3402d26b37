package dev.reviewbot.engine.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.StringProvider;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;

/** One configured parser per thread: a {@link JavaParser} is not thread-safe. */
public final class JavaParsers {
  /** Accepts records, sealed types, patterns, text blocks and unnamed variables. */
  public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_25;

  private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
      new ParserConfiguration()
          .setLanguageLevel(LANGUAGE_LEVEL)
          .setAttributeComments(true)));

  private JavaParsers() {}

  public static JavaParser get() {
    return PARSER.get();
  }

  /** Parses {@code content}, checking {@code deadline} each time the parser reads more of it. */
  static ParseResult<CompilationUnit> parse(String content, Deadline deadline) {
    return get().parse(ParseStart.COMPILATION_UNIT, new CheckingProvider(content, deadline));
  }

  /** Gives the parser a string and checks a deadline on every read, so a slow parse stops part-way. */
  private static final class CheckingProvider extends StringProvider {
    private final Deadline deadline;

    CheckingProvider(String content, Deadline deadline) {
      super(content);
      this.deadline = deadline;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      deadline.check();
      return super.read(buffer, offset, length);
    }
  }
}
