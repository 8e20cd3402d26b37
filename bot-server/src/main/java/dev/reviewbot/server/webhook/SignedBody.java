package dev.reviewbot.server.webhook;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.crypto.Mac;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * A webhook body read chunk by chunk: each chunk goes into the HMAC as it arrives and is copied
 * once into a buffer sized by the declared length, so a body is never held twice and the signature
 * is known the moment the last byte is in.
 */
final class SignedBody {
  private final Mac mac;
  private final int maxBytes;
  private byte[] bytes;
  private int length;

  /**
   * @param declared the request's {@code Content-Length}, or -1 when it gave none
   */
  SignedBody(Mac mac, long declared, int maxBytes) {
    this.mac = mac;
    this.maxBytes = maxBytes;
    this.bytes = new byte[(int) Math.min(declared >= 0 ? declared : 8_192, maxBytes)];
  }

  /**
   * @throws TooLarge once the body passes {@code maxBytes}
   */
  void append(DataBuffer buffer) {
    int count = buffer.readableByteCount();
    if (count > maxBytes - length) {
      throw new TooLarge();
    }
    if (length + count > bytes.length) {
      bytes =
          Arrays.copyOf(
              bytes, (int) Math.min(Math.max((long) bytes.length * 2, length + count), maxBytes));
    }
    try (DataBuffer.ByteBufferIterator chunks = buffer.readableByteBuffers()) {
      while (chunks.hasNext()) {
        ByteBuffer chunk = chunks.next();
        int size = chunk.remaining();
        mac.update(chunk.duplicate());
        chunk.get(bytes, length, size);
        length += size;
      }
    }
  }

  byte[] signature() {
    return mac.doFinal();
  }

  byte[] bytes() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }

  /** The body passed the size cap; raised while reading, so the rest is never buffered. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("webhook body over the size cap", null, false, false);
    }
  }
}
