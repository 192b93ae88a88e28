package io.dangan.archive.store;

import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;
import java.util.Set;

/**
 * Computes digests over a stream of bytes for a content store (内容摘要器). It lets a store written against this
 * API alone use any digest implementation: core passes the crypto module's SM3 and SHA-256 hasher, a store in a
 * JDK-only setting may use {@link java.security.MessageDigest} for SHA-256.
 *
 * <p>An instance is used by one thread at a time; stores obtain one per stream.
 */
public interface ContentHasher {

    /** @return the algorithms computed */
    Set<DigestAlgorithm> algorithms();

    /**
     * Feeds bytes.
     *
     * @param data the array
     * @param offset where to start
     * @param length how many bytes
     */
    void update(byte[] data, int offset, int length);

    /**
     * Completes the digests and resets for the next stream.
     *
     * @return one digest per algorithm
     */
    List<Digest> complete();
}
