package dev.reviewbot.engine.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangedLines;

/** A head file parsed once, with its text and what rules need to know about it. */
record ParsedFile(
    String path,
    String content,
    CompilationUnit unit,
    ChangedLines changedLines,
    boolean testCode) {}
