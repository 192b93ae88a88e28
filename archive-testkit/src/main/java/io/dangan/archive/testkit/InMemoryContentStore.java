package io.dangan.archive.testkit;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.ArchiveException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentHasher;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A content store in memory (内存内容存储) for tests: write-once, content-addressed, verifying reads, passing the
 * same {@code ContentStoreContract} as the filesystem store.
 *
 * <p>The testkit depends on the api alone, so by itself it can only digest with the JDK: {@link #sha256()} addresses
 * and digests with SHA-256. For SM3 (the archive's default), pass hashers from the crypto module, e.g.
 * {@code new InMemoryContentStore(ContentStores.hashers(Set.of(SM3, SHA_256)), SM3, limit)} from core.
 *
 * <p>Test aids {@link #tamper(Digest, UnaryOperator)}, {@link #lose(Digest)} and {@link #plantForeign(String, byte[])}
 * simulate damage. Thread-safe.
 */
public final class InMemoryContentStore implements ContentStore {
    /** The default size limit: 64 MiB. */
    public static final long DEFAULT_MAX_OBJECT_SIZE = 64L * 1024 * 1024;

    private final Supplier<ContentHasher> hashers;
    private final DigestAlgorithm addressAlgorithm;
    private final Set<DigestAlgorithm> algorithms;
    private final long maxObjectSize;
    private final Map<Digest, byte[]> objects = new ConcurrentHashMap<>();
    private final Map<String, byte[]> foreign = new ConcurrentHashMap<>();

    /**
     * Creates a store.
     *
     * @param hashers supplies a fresh hasher per put and per verifying read; its algorithms must include
     *     {@code addressAlgorithm}
     * @param addressAlgorithm the algorithm of addresses
     * @param maxObjectSize the largest object accepted, at least 1
     */
    public InMemoryContentStore(Supplier<ContentHasher> hashers, DigestAlgorithm addressAlgorithm, long maxObjectSize) {
        this.hashers = Objects.requireNonNull(hashers, "hashers");
        this.addressAlgorithm = Objects.requireNonNull(addressAlgorithm, "addressAlgorithm");
        if (maxObjectSize < 1) {
            throw new IllegalArgumentException("maxObjectSize must be at least 1, was " + maxObjectSize);
        }
        this.maxObjectSize = maxObjectSize;
        this.algorithms = Set.copyOf(hashers.get().algorithms());
        if (!algorithms.contains(addressAlgorithm)) {
            throw new IllegalArgumentException("hashers compute " + algorithms + ", not the address algorithm "
                    + addressAlgorithm);
        }
    }

    /** @return a store addressing and digesting with the JDK's SHA-256, up to {@link #DEFAULT_MAX_OBJECT_SIZE} */
    public static InMemoryContentStore sha256() {
        return sha256(DEFAULT_MAX_OBJECT_SIZE);
    }

    /**
     * @param maxObjectSize the size limit
     * @return a store addressing and digesting with the JDK's SHA-256
     */
    public static InMemoryContentStore sha256(long maxObjectSize) {
        return new InMemoryContentStore(JdkSha256::new, DigestAlgorithm.SHA_256, maxObjectSize);
    }

    @Override
    public DigestAlgorithm addressAlgorithm() {
        return addressAlgorithm;
    }

    @Override
    public Set<DigestAlgorithm> algorithms() {
        return algorithms;
    }

    @Override
    public long maxObjectSize() {
        return maxObjectSize;
    }

    @Override
    public StoredContent put(InputStream content) {
        ContentHasher h = hashers.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = content.read(buf)) >= 0) {
                total += n;
                if (total > maxObjectSize) {
                    throw new InvalidInputException(ErrorCode.CONTENT_TOO_LARGE, "content",
                            "content is larger than the store's limit of %d bytes".formatted(maxObjectSize));
                }
                h.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ArchiveException(ErrorCode.STORE_FAILURE, "content", "reading content failed: " + e.getMessage(), e);
        }
        List<Digest> digests = h.complete();
        Digest address = digests.stream().filter(d -> d.algorithm() == addressAlgorithm).findFirst().orElseThrow();
        boolean created = objects.putIfAbsent(address, out.toByteArray()) == null;
        return new StoredContent(address, total, digests, created);
    }

    @Override
    public InputStream open(Digest address) {
        byte[] bytes = bytes(address);
        return new Verifying(new ByteArrayInputStream(bytes), address, hashers.get());
    }

    @Override
    public InputStream openUnverified(Digest address) {
        return new ByteArrayInputStream(bytes(address));
    }

    @Override
    public boolean exists(Digest address) {
        check(address);
        return objects.containsKey(address);
    }

    @Override
    public long size(Digest address) {
        return bytes(address).length;
    }

    @Override
    public Stream<ContentEntry> entries() {
        List<ContentEntry> list = new ArrayList<>();
        objects.forEach((d, b) -> list.add(new ContentEntry(d.toString(), d, b.length)));
        foreign.forEach((n, b) -> list.add(new ContentEntry(n, null, b.length)));
        return list.stream();
    }

    /**
     * Test aid: replaces an object's bytes, as a damaged disk or a forger would.
     *
     * @param address the object
     * @param change computes the new bytes from a copy of the old
     */
    public void tamper(Digest address, UnaryOperator<byte[]> change) {
        objects.computeIfPresent(address, (d, b) -> change.apply(b.clone()));
    }

    /**
     * Test aid: removes an object, as if it were lost.
     *
     * @param address the object
     */
    public void lose(Digest address) {
        objects.remove(address);
    }

    /**
     * Test aid: adds an entry that is not a content object (a stray file).
     *
     * @param name its name
     * @param bytes its bytes
     */
    public void plantForeign(String name, byte[] bytes) {
        foreign.put(name, bytes.clone());
    }

    private byte[] bytes(Digest address) {
        check(address);
        byte[] b = objects.get(address);
        if (b == null) {
            throw new NotFoundException(ErrorCode.CONTENT_MISSING, address.toString(),
                    "no content stored under " + address);
        }
        return b.clone();
    }

    private void check(Digest address) {
        if (address.algorithm() != addressAlgorithm) {
            throw new InvalidInputException(ErrorCode.CONTENT_ADDRESS_INVALID, "address",
                    "address %s is a %s digest, this store addresses by %s".formatted(
                            address, address.algorithm().standardName(), addressAlgorithm.standardName()));
        }
    }

    /** Verifies at the end of the stream; the read reaching the end throws when the bytes do not match. */
    private static final class Verifying extends FilterInputStream {
        private final Digest expected;
        private final ContentHasher hasher;
        private boolean done;

        Verifying(InputStream in, Digest expected, ContentHasher hasher) {
            super(in);
            this.expected = expected;
            this.hasher = hasher;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                end();
            } else {
                hasher.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void end() {
            if (done) {
                return;
            }
            Digest actual = hasher.complete().stream().filter(d -> d.algorithm() == expected.algorithm())
                    .findFirst().orElseThrow();
            if (!actual.equals(expected)) {
                throw new IntegrityException(ErrorCode.CONTENT_CORRUPT, expected.toString(),
                        "content %s is corrupt: its bytes hash to %s".formatted(expected, actual.hex()));
            }
            done = true;
        }
    }

    /** SHA-256 from the JDK. */
    private static final class JdkSha256 implements ContentHasher {
        private final MessageDigest md;

        JdkSha256() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Set<DigestAlgorithm> algorithms() {
            return Set.of(DigestAlgorithm.SHA_256);
        }

        @Override
        public void update(byte[] data, int offset, int length) {
            md.update(data, offset, length);
        }

        @Override
        public List<Digest> complete() {
            return List.of(Digest.of(DigestAlgorithm.SHA_256, md.digest()));
        }
    }
}
