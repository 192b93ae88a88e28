package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.DigestEngine;
import io.dangan.archive.crypto.internal.DigestEngines;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A streaming hasher (流式摘要) that computes one or several digest algorithms over the same bytes in one
 * pass: SHA-256 comes from the JDK (which uses the CPU's SHA instructions where present), SM3 (GB/T 32905)
 * from an optimised pure-Java engine.
 *
 * <p>Feed bytes with the {@code update} methods, then call {@link #finish()}, which returns the digests and
 * resets the hasher for the next message. A hasher is <b>not</b> thread-safe: use one per thread or per
 * stream; creating one is cheap.
 *
 * <pre>{@code
 * Hasher h = Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
 * HashResult r = h.hash(inputStream);     // reads to the end, does not close
 * Digest sm3 = r.digest(DigestAlgorithm.SM3);
 * }</pre>
 */
public final class Hasher {
    /** Buffer size used by {@link #hash(InputStream)}: large enough for the digest loops to run hot. */
    static final int BUFFER_SIZE = 64 * 1024;

    private final Set<DigestAlgorithm> algorithms;
    private final DigestEngine[] engines;
    private long count;

    private Hasher(Set<DigestAlgorithm> algorithms) {
        this.algorithms = Collections.unmodifiableSet(EnumSet.copyOf(algorithms));
        this.engines = new DigestEngine[this.algorithms.size()];
        int i = 0;
        for (DigestAlgorithm a : this.algorithms) {
            engines[i++] = DigestEngines.create(a);
        }
    }

    /**
     * Creates a hasher for one or more algorithms.
     *
     * @param first an algorithm
     * @param more further algorithms; duplicates are ignored
     * @return a new hasher
     */
    public static Hasher of(DigestAlgorithm first, DigestAlgorithm... more) {
        EnumSet<DigestAlgorithm> set = EnumSet.of(Objects.requireNonNull(first, "first"));
        for (DigestAlgorithm a : more) {
            set.add(Objects.requireNonNull(a, "algorithm"));
        }
        return new Hasher(set);
    }

    /**
     * Creates a hasher for a set of algorithms.
     *
     * @param algorithms the algorithms, at least one
     * @return a new hasher
     * @throws IllegalArgumentException when the set is empty
     */
    public static Hasher of(Set<DigestAlgorithm> algorithms) {
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one digest algorithm is required");
        }
        return new Hasher(algorithms);
    }

    /**
     * Digests a byte array in one call.
     *
     * @param algorithm the algorithm
     * @param data the bytes
     * @return the digest
     */
    public static Digest digest(DigestAlgorithm algorithm, byte[] data) {
        DigestEngine e = DigestEngines.create(algorithm);
        e.update(data, 0, data.length);
        byte[] out = new byte[algorithm.length()];
        e.doFinal(out, 0);
        return Digest.of(algorithm, out);
    }

    /** @return the algorithms this hasher computes, in {@link DigestAlgorithm} order */
    public Set<DigestAlgorithm> algorithms() {
        return algorithms;
    }

    /** @return the number of bytes fed since creation or the last {@link #finish()} / {@link #reset()} */
    public long count() {
        return count;
    }

    /**
     * Feeds bytes.
     *
     * @param data the bytes
     * @param offset where to start in {@code data}
     * @param length how many bytes
     * @return this hasher
     * @throws IndexOutOfBoundsException when the range lies outside {@code data}
     */
    public Hasher update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        for (DigestEngine e : engines) {
            e.update(data, offset, length);
        }
        count += length;
        return this;
    }

    /**
     * Feeds a whole array.
     *
     * @param data the bytes
     * @return this hasher
     */
    public Hasher update(byte[] data) {
        return update(data, 0, data.length);
    }

    /**
     * Feeds the remaining bytes of a buffer; its position advances to its limit.
     *
     * @param buffer the bytes
     * @return this hasher
     */
    public Hasher update(ByteBuffer buffer) {
        int n = buffer.remaining();
        if (engines.length == 1) {
            engines[0].update(buffer);
        } else {
            int start = buffer.position();
            for (DigestEngine e : engines) {
                buffer.position(start);
                e.update(buffer);
            }
        }
        count += n;
        return this;
    }

    /**
     * Reads a stream to its end, feeding every byte, and finishes. The stream is not closed.
     *
     * @param in the stream
     * @return the digests and the byte count
     * @throws IOException when reading fails
     */
    public HashResult hash(InputStream in) throws IOException {
        byte[] buf = new byte[BUFFER_SIZE];
        int n;
        while ((n = in.read(buf)) >= 0) {
            update(buf, 0, n);
        }
        return finish();
    }

    /**
     * Completes the digests and resets the hasher.
     *
     * @return the digests of every algorithm and the number of bytes fed
     */
    public HashResult finish() {
        List<Digest> digests = new ArrayList<>(engines.length);
        for (DigestEngine e : engines) {
            byte[] out = new byte[e.algorithm().length()];
            e.doFinal(out, 0);
            digests.add(Digest.of(e.algorithm(), out));
        }
        HashResult r = new HashResult(count, digests);
        count = 0;
        return r;
    }

    /**
     * Completes the digest of a one-algorithm hasher and resets it, returning the raw bytes without building
     * a {@link HashResult}: for hot loops hashing many short messages (Merkle nodes, chain links).
     *
     * @return the digest bytes, {@code algorithm.length()} long
     * @throws IllegalStateException when the hasher computes more than one algorithm
     */
    public byte[] finishBytes() {
        if (engines.length != 1) {
            throw new IllegalStateException("finishBytes needs a hasher of one algorithm, this one has " + algorithms);
        }
        byte[] out = new byte[engines[0].algorithm().length()];
        engines[0].doFinal(out, 0);
        count = 0;
        return out;
    }

    /** Discards everything fed so far. */
    public void reset() {
        for (DigestEngine e : engines) {
            e.reset();
        }
        count = 0;
    }
}
