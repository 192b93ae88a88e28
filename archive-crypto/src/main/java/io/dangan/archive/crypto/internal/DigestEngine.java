package io.dangan.archive.crypto.internal;

import io.dangan.archive.model.DigestAlgorithm;
import java.nio.ByteBuffer;

/** One running digest computation; not thread-safe. */
public interface DigestEngine {
    /** @return the algorithm */
    DigestAlgorithm algorithm();

    /**
     * Feeds bytes.
     *
     * @param data the array
     * @param offset start
     * @param length count
     */
    void update(byte[] data, int offset, int length);

    /**
     * Feeds a buffer's remaining bytes, advancing its position to its limit.
     *
     * @param buffer the bytes
     */
    void update(ByteBuffer buffer);

    /**
     * Feeds one byte.
     *
     * @param b the byte
     */
    void update(byte b);

    /**
     * Writes the digest and resets.
     *
     * @param out the target
     * @param offset where to write {@code algorithm().length()} bytes
     */
    void doFinal(byte[] out, int offset);

    /** Discards what was fed. */
    void reset();
}
