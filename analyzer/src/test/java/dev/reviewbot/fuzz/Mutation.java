package dev.reviewbot.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * One change to an input, as a byte-level fuzzer makes them. Positions and lengths are fractions of
 * the input (0..1) so any mutation applies to any input.
 */
record Mutation(Kind kind, double at, double length, int token, int other) {

  enum Kind {
    /** replace one byte with another */
    FLIP,
    /** drop a run of bytes */
    DELETE,
    /** repeat a run of bytes in place (deep nesting, long lines, many files) */
    DUPLICATE,
    /** insert a token from the target's dictionary */
    INSERT_TOKEN,
    /**
     * insert a token where one may begin: after the next line end or {@code >} (or at the end), so
     * the input around it stays well-formed and the parser gets past its first line
     */
    INSERT_TOKEN_AT_BOUNDARY,
    /** cut off the rest of the input */
    TRUNCATE,
    /** insert a run of another seed */
    SPLICE
  }

  /** Applies this change; {@code tokens} is the target's dictionary, {@code seeds} its corpus. */
  byte[] apply(byte[] input, List<byte[]> tokens, List<byte[]> seeds) {
    int pos = (int) (at * input.length);
    int len = Math.min(input.length - pos, Math.max(1, (int) (length * 64)));
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 64);
    switch (kind) {
      case FLIP -> {
        byte[] copy = input.clone();
        if (copy.length > 0) {
          copy[Math.min(pos, copy.length - 1)] = (byte) (token * 37 + 1);
        }
        return copy;
      }
      case DELETE -> {
        out.write(input, 0, pos);
        out.write(input, pos + len, input.length - pos - len);
      }
      case DUPLICATE -> {
        out.write(input, 0, pos + len);
        int times = 1 + (int) (length * 200);
        for (int i = 0; i < times; i++) {
          out.write(input, pos, len);
        }
        out.write(input, pos + len, input.length - pos - len);
      }
      case INSERT_TOKEN, INSERT_TOKEN_AT_BOUNDARY -> {
        if (kind == Kind.INSERT_TOKEN_AT_BOUNDARY) {
          pos = boundaryFrom(input, pos);
        }
        out.write(input, 0, pos);
        byte[] insert = tokens.isEmpty() ? new byte[0] : tokens.get(token % tokens.size());
        out.write(insert, 0, insert.length);
        out.write(input, pos, input.length - pos);
      }
      case TRUNCATE -> out.write(input, 0, pos);
      case SPLICE -> {
        byte[] source = seeds.get(other % seeds.size());
        int from = (int) (length * source.length);
        out.write(input, 0, pos);
        out.write(source, from, Math.min(source.length - from, 1 + token % 256));
        out.write(input, pos, input.length - pos);
      }
    }
    return out.toByteArray();
  }

  private static int boundaryFrom(byte[] input, int pos) {
    for (int i = Math.max(pos, 1); i <= input.length; i++) {
      if (i == input.length || input[i - 1] == '\n' || input[i - 1] == '>') {
        return i;
      }
    }
    return input.length;
  }
}
