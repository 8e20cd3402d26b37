package dev.reviewbot.rules.change;

import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/**
 * Both versions of one Java file of a change.
 *
 * @param path head path (base path for a deleted file)
 * @param base empty for an added file
 * @param head empty for a deleted file
 */
record SourcePair(String path, Optional<CompilationUnit> base, Optional<CompilationUnit> head) {}
