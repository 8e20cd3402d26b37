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

  // comments are attributed by CommentAttribution, in linear time, rather than by the parser
  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(
          () ->
              new JavaParser(
                  new ParserConfiguration()
                      .setLanguageLevel(LANGUAGE_LEVEL)
                      .setAttributeComments(false)));

  private JavaParsers() {}

  /** Parses a whole source file, each comment attributed to the node it comments. */
  public static ParseResult<CompilationUnit> parse(String content) {
    return parse(content, Deadline.none());
  }

  /**
   * As {@link #parse(String)}, checking {@code deadline} each time the parser reads more of the
   * text.
   */
  static ParseResult<CompilationUnit> parse(String content, Deadline deadline) {
    JavaParser parser = PARSER.get();
    ParseResult<CompilationUnit> result =
        parser.parse(ParseStart.COMPILATION_UNIT, new CheckingProvider(content, deadline));
    deadline.check();
    result.ifSuccessful(
        unit ->
            result
                .getCommentsCollection()
                .ifPresent(
                    comments ->
                        new CommentAttribution(parser.getParserConfiguration())
                            .attribute(unit, comments.copy().getComments())));
    return result;
  }

  /**
   * Gives the parser a string and checks a deadline on every read, so a slow parse stops part-way.
   */
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
