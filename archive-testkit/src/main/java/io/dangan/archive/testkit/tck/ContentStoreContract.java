package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance contract (一致性契约) of {@link ContentStore}: write-once, content-addressed storage with
 * verifying reads and size limits, run against the testkit's in-memory store and core's filesystem store.
 *
 * <p>An implementation's whole test is a subclass with two hooks:
 * <pre>{@code
 * class MyContentStoreTest extends ContentStoreContract {
 *     @Override protected ContentStore newStore(long maxObjectSize) { return MyStore.fresh(maxObjectSize); }
 *     @Override protected void corrupt(ContentStore store, Digest address) { MyStore.flipABit(store, address); }
 * }
 * }</pre>
 */
public abstract class ContentStoreContract {

    /**
     * Returns a new, empty store.
     *
     * @param maxObjectSize the size limit the store must enforce
     * @return the store
     */
    protected abstract ContentStore newStore(long maxObjectSize);

    /**
     * Alters the stored bytes of an object behind the store's back (flip a bit, as a damaged disk would).
     *
     * @param store a store made by {@link #newStore(long)}
     * @param address an object it holds
     */
    protected abstract void corrupt(ContentStore store, Digest address);

    private static final Random RANDOM = new Random(20261125);

    /**
     * Random test bytes.
     *
     * @param n how many
     * @return the bytes
     */
    protected static byte[] bytes(int n) {
        byte[] b = new byte[n];
        synchronized (RANDOM) {
            RANDOM.nextBytes(b);
        }
        return b;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jdkSha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ContentEntry> objects(ContentStore store) {
        try (Stream<ContentEntry> s = store.entries()) {
            return s.filter(ContentEntry::isObject).toList();
        }
    }

    private static ErrorCode code(Throwable t) {
        return ((ArchiveException) t).code();
    }

    @Nested
    @DisplayName("put")
    class Put {
        @Test
        @DisplayName("stores the bytes and returns the size and a digest of every algorithm, the address among them")
        void storesAndDigests() {
            ContentStore store = newStore(1 << 20);
            byte[] data = bytes(100_000);
            StoredContent c = store.put(new ByteArrayInputStream(data));
            assertThat(c.size()).isEqualTo(data.length);
            assertThat(c.created()).isTrue();
            assertThat(c.address().algorithm()).isEqualTo(store.addressAlgorithm());
            assertThat(c.digests()).extracting(Digest::algorithm).containsExactlyInAnyOrderElementsOf(store.algorithms());
            c.digests().stream().filter(d -> d.algorithm() == DigestAlgorithm.SHA_256)
                    .forEach(d -> assertThat(d.hex()).isEqualTo(jdkSha256(data)));
            assertThat(store.exists(c.address())).isTrue();
            assertThat(store.size(c.address())).isEqualTo(data.length);
            assertThat(c.toRef("履历表.pdf", "application/pdf").digests()).isEqualTo(c.digests());
        }

        @Test
        @DisplayName("stores identical content once")
        void dedupes() {
            ContentStore store = newStore(1 << 20);
            byte[] data = bytes(5_000);
            StoredContent first = store.put(new ByteArrayInputStream(data));
            StoredContent second = store.put(new ByteArrayInputStream(data.clone()));
            assertThat(second.address()).isEqualTo(first.address());
            assertThat(second.created()).isFalse();
            assertThat(objects(store)).hasSize(1);
        }

        @Test
        @DisplayName("stores empty content as an object of size zero")
        void storesEmptyContent() {
            ContentStore store = newStore(1 << 20);
            StoredContent c = store.put(new ByteArrayInputStream(new byte[0]));
            assertThat(c.size()).isZero();
            assertThat(readAll(store.open(c.address()))).isEmpty();
        }

        @Test
        @DisplayName("accepts content exactly at the size limit")
        void acceptsAtTheLimit() {
            ContentStore store = newStore(4096);
            assertThat(store.maxObjectSize()).isEqualTo(4096);
            assertThat(store.put(new ByteArrayInputStream(bytes(4096))).size()).isEqualTo(4096);
        }

        @Test
        @DisplayName("rejects content over the size limit and keeps nothing of it")
        void rejectsOversizedContent() {
            ContentStore store = newStore(4096);
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(bytes(4097))))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.CONTENT_TOO_LARGE));
            try (Stream<ContentEntry> s = store.entries()) {
                assertThat(s.toList()).isEmpty();
            }
        }

        @Test
        @DisplayName("concurrent puts of the same content leave one object with one address")
        void concurrentPutsOfTheSameContent() throws Exception {
            ContentStore store = newStore(1 << 20);
            byte[] data = bytes(50_000);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<StoredContent>> fs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    fs.add(pool.submit(() -> store.put(new ByteArrayInputStream(data))));
                }
                Set<Digest> addresses = new java.util.HashSet<>();
                for (Future<StoredContent> f : fs) {
                    addresses.add(f.get().address());
                }
                assertThat(addresses).hasSize(1);
                assertThat(objects(store)).hasSize(1);
                assertThat(readAll(store.open(addresses.iterator().next()))).isEqualTo(data);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("concurrent puts of different content all land")
        void concurrentPutsOfDifferentContent() throws Exception {
            ContentStore store = newStore(1 << 20);
            List<byte[]> data = Stream.generate(() -> bytes(20_000)).limit(16).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<StoredContent>> fs = new ArrayList<>();
                for (byte[] d : data) {
                    fs.add(pool.submit(() -> store.put(new ByteArrayInputStream(d))));
                }
                for (int i = 0; i < data.size(); i++) {
                    assertThat(readAll(store.open(fs.get(i).get().address()))).isEqualTo(data.get(i));
                }
                assertThat(objects(store)).hasSize(16);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {
        @Test
        @DisplayName("returns the stored bytes, verified or not")
        void readsBack() {
            ContentStore store = newStore(1 << 20);
            byte[] data = bytes(200_001);
            Digest a = store.put(new ByteArrayInputStream(data)).address();
            assertThat(readAll(store.open(a))).isEqualTo(data);
            assertThat(readAll(store.openUnverified(a))).isEqualTo(data);
        }

        @Test
        @DisplayName("a verified read of altered content throws CONTENT_CORRUPT at the end; an unverified one does not")
        void detectsCorruption() {
            ContentStore store = newStore(1 << 20);
            byte[] data = bytes(30_000);
            Digest a = store.put(new ByteArrayInputStream(data)).address();
            corrupt(store, a);
            assertThatThrownBy(() -> readAll(store.open(a))).isInstanceOf(IntegrityException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.CONTENT_CORRUPT));
            assertThat(readAll(store.openUnverified(a))).isNotEqualTo(data);
        }

        @Test
        @DisplayName("an unknown address is CONTENT_MISSING")
        void missing() {
            ContentStore store = newStore(1 << 20);
            Digest a = store.put(new ByteArrayInputStream(bytes(10))).address();
            byte[] other = a.bytes();
            other[0] ^= 1;
            Digest unknown = Digest.of(a.algorithm(), other);
            assertThat(store.exists(unknown)).isFalse();
            assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(NotFoundException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.CONTENT_MISSING));
            assertThatThrownBy(() -> store.openUnverified(unknown)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store.size(unknown)).isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("an address of another algorithm is CONTENT_ADDRESS_INVALID")
        void wrongAlgorithm() {
            ContentStore store = newStore(1 << 20);
            DigestAlgorithm other = store.addressAlgorithm() == DigestAlgorithm.SM3
                    ? DigestAlgorithm.SHA_256 : DigestAlgorithm.SM3;
            Digest foreign = Digest.of(other, new byte[other.length()]);
            assertThatThrownBy(() -> store.open(foreign)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.CONTENT_ADDRESS_INVALID));
            assertThatThrownBy(() -> store.exists(foreign)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    @DisplayName("listing")
    class Listing {
        @Test
        @DisplayName("lists every object with its address and size")
        void listsObjects() {
            ContentStore store = newStore(1 << 20);
            StoredContent a = store.put(new ByteArrayInputStream(bytes(10)));
            StoredContent b = store.put(new ByteArrayInputStream(bytes(20_000)));
            assertThat(objects(store).stream().collect(Collectors.toMap(ContentEntry::address, ContentEntry::size)))
                    .containsEntry(a.address(), 10L).containsEntry(b.address(), 20_000L).hasSize(2);
        }
    }
}
