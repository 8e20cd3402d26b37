package dev.reviewbot.coverage.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IExecutionDataVisitor;

/**
 * jacoco-core's exec file reader, except that a class's probe count must fit in what is left of the
 * file (eight probes a byte). jacoco-core allocates the probe array before reading it, so one
 * corrupt count in a {@code jacoco.exec} asked for up to 2 GB: an OutOfMemoryError, or seconds of
 * allocation, instead of "not an exec file".
 */
final class BoundedExecutionDataReader extends ExecutionDataReader {
  private final CountingStream counted;
  private final long size;
  private IExecutionDataVisitor visitor;

  private BoundedExecutionDataReader(CountingStream counted, long size) {
    super(counted);
    this.counted = counted;
    this.size = size;
  }

  /** A reader of {@code in}, which holds {@code size} bytes. */
  static BoundedExecutionDataReader of(InputStream in, long size) {
    return new BoundedExecutionDataReader(new CountingStream(new BufferedInputStream(in)), size);
  }

  @Override
  public void setExecutionDataVisitor(IExecutionDataVisitor visitor) {
    super.setExecutionDataVisitor(visitor);
    this.visitor = visitor;
  }

  @Override
  protected boolean readBlock(byte blockType) throws IOException {
    if (blockType != ExecutionDataWriter.BLOCK_EXECUTIONDATA) {
      return super.readBlock(blockType);
    }
    if (visitor == null) {
      throw new IOException("No execution data visitor.");
    }
    long id = in.readLong();
    String name = in.readUTF();
    int count = in.readVarInt();
    long left = size - counted.count;
    if (count < 0) {
      throw new IOException("class " + name + " has a negative probe count");
    }
    if (count > left * 8) {
      // what a cut file looks like too: the file ends before the probes do
      throw new EOFException(
          "class "
              + name
              + " has "
              + count
              + " probes, more than the "
              + Math.max(0, left)
              + " bytes left in the file hold");
    }
    visitor.visitClassExecution(new ExecutionData(id, name, probes(count)));
    return true;
  }

  /** As jacoco-core's {@code CompactDataInput.readBooleanArray}, once the count is known to fit. */
  private boolean[] probes(int count) throws IOException {
    boolean[] probes = new boolean[count];
    int bits = 0;
    for (int i = 0; i < count; i++) {
      if (i % 8 == 0) {
        bits = in.readByte();
      }
      probes[i] = (bits & 0x01) != 0;
      bits >>>= 1;
    }
    return probes;
  }

  /**
   * Counts the bytes the reader took: it reads through a {@code DataInputStream}, which buffers
   * nothing.
   */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
