package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.reviewbot.rules.internal.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which exception names in a {@code throws} clause are checked, and which cover others, without
 * symbol resolution: the JDK's common unchecked exceptions and {@code ...Error}s are known, and
 * exception classes declared in the file are followed to their superclass; any other name is taken
 * as checked.
 */
final class CheckedExceptions {
  private static final Set<String> UNCHECKED =
      Set.of(
          "RuntimeException",
          "IllegalArgumentException",
          "IllegalStateException",
          "NullPointerException",
          "UnsupportedOperationException",
          "IndexOutOfBoundsException",
          "ArrayIndexOutOfBoundsException",
          "StringIndexOutOfBoundsException",
          "ClassCastException",
          "ArithmeticException",
          "NumberFormatException",
          "ConcurrentModificationException",
          "NoSuchElementException",
          "UncheckedIOException",
          "SecurityException",
          "DateTimeException",
          "DateTimeParseException",
          "ArrayStoreException",
          "NegativeArraySizeException",
          "IllegalMonitorStateException",
          "EmptyStackException",
          "MissingResourceException",
          "InputMismatchException",
          "IllegalFormatException",
          "PatternSyntaxException",
          "RejectedExecutionException",
          "CompletionException",
          "CancellationException",
          "BufferOverflowException",
          "BufferUnderflowException",
          "InvalidPathException",
          "UnsupportedCharsetException",
          "IllegalCharsetNameException",
          "UndeclaredThrowableException",
          "TypeNotPresentException",
          "IllegalCallerException",
          "UnsupportedTemporalTypeException");

  /**
   * Subclasses of {@code IOException} in the JDK: declaring one where {@code IOException} was is
   * narrowing, not new.
   */
  private static final Set<String> IO_EXCEPTIONS =
      Set.of(
          "FileNotFoundException",
          "EOFException",
          "UnsupportedEncodingException",
          "MalformedURLException",
          "UnknownHostException",
          "SocketException",
          "SocketTimeoutException",
          "CharacterCodingException",
          "MalformedInputException",
          "ZipException",
          "InterruptedIOException",
          "UTFDataFormatException",
          "SSLException",
          "FileSystemException",
          "NoSuchFileException",
          "AccessDeniedException",
          "FileAlreadyExistsException",
          "DirectoryNotEmptyException",
          "NotDirectoryException",
          "ObjectStreamException",
          "InvalidClassException",
          "NotSerializableException",
          "StreamCorruptedException",
          "SyncFailedException",
          "HttpTimeoutException",
          "ConnectException");

  /** Exception classes the files declare, each with the simple name of its superclass. */
  private final Map<String, String> declared = new HashMap<>();

  CheckedExceptions(List<CompilationUnit> units) {
    for (CompilationUnit unit : units) {
      for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
        type.getExtendedTypes()
            .getFirst()
            .ifPresent(
                superclass -> declared.put(type.getNameAsString(), Types.erasure(superclass)));
      }
    }
  }

  boolean isChecked(String name) {
    for (String current = name; current != null; current = declared.get(current)) {
      if (UNCHECKED.contains(current) || current.endsWith("Error")) {
        return false;
      }
    }
    return true;
  }

  /** True if a {@code throws supertype} clause already lets callers handle {@code name}. */
  boolean covers(String supertype, String name) {
    if (supertype.equals("Exception") || supertype.equals("Throwable")) {
      return true;
    }
    for (String current = name; current != null; current = declared.get(current)) {
      if (current.equals(supertype)
          || supertype.equals("IOException") && IO_EXCEPTIONS.contains(current)) {
        return true;
      }
    }
    return false;
  }

  /** True if any of {@code clause} covers {@code name}. */
  boolean coveredBy(List<String> clause, String name) {
    return clause.stream().anyMatch(declaredName -> covers(declaredName, name));
  }
}
