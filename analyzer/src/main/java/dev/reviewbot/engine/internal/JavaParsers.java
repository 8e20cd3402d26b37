package dev.reviewbot.engine.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;

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
}
