package dev.reviewbot.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Gives each worker thread its own standard output and error while it runs the command line
 * in-process ({@code Main.run} prints to {@code System.out} and {@code System.err}), so that
 * parallel runs do not mix their messages and each commit keeps what it printed.
 */
final class ThreadOutput {
  private static final ThreadLocal<ByteArrayOutputStream> OUT = new ThreadLocal<>();
  private static final ThreadLocal<ByteArrayOutputStream> ERR = new ThreadLocal<>();
  private static boolean installed;

  private ThreadOutput() {}

  static synchronized void install() {
    if (!installed) {
      System.setOut(new PrintStream(new Demux(System.out, OUT), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new Demux(System.err, ERR), true, StandardCharsets.UTF_8));
      installed = true;
    }
  }

  /** What one run printed. */
  record Captured<T>(T value, String out, String err) {}

  /** Runs {@code task} with this thread's output captured. */
  static <T> Captured<T> capture(Supplier<T> task) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OUT.set(out);
    ERR.set(err);
    try {
      T value = task.get();
      return new Captured<>(value, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      OUT.remove();
      ERR.remove();
    }
  }

  private static final class Demux extends OutputStream {
    private final OutputStream fallback;
    private final ThreadLocal<ByteArrayOutputStream> target;

    Demux(OutputStream fallback, ThreadLocal<ByteArrayOutputStream> target) {
      this.fallback = fallback;
      this.target = target;
    }

    private OutputStream current() {
      OutputStream mine = target.get();
      return mine != null ? mine : fallback;
    }

    @Override
    public void write(int b) throws IOException {
      current().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      current().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      current().flush();
    }
  }
}
