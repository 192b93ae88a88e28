package io.dangan.archive.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.core.ContentStores;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentFindingCode;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.ContentVerificationReport;
import io.dangan.archive.store.StoredContent;
import io.dangan.archive.testkit.InMemoryContentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-store verification, and filesystem specifics the contract cannot see. */
class ContentStoreVerificationTest {
    @TempDir
    Path dir;

    private static byte[] data(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private List<StoredContent> fill(ContentStore store, int count) {
        List<StoredContent> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(store.put(new ByteArrayInputStream(data(1000 + i * 997, i))));
        }
        return all;
    }

    @Test
    @DisplayName("a sound store verifies clean on every thread count, with progress up to the totals")
    void soundStoreVerifiesClean() {
        ContentStore store = ContentStores.filesystem(dir);
        List<StoredContent> all = fill(store, 40);
        long bytes = all.stream().mapToLong(StoredContent::size).sum();
        for (int threads : new int[] {1, 2, 4}) {
            AtomicLong lastObjects = new AtomicLong(-1);
            AtomicLong lastBytes = new AtomicLong(-1);
            ContentVerificationReport r = ContentStores.verify(store, all.stream().map(StoredContent::address).toList(),
                    threads, (done, total, b, bTotal) -> {
                        assertThat(done).isGreaterThanOrEqualTo(lastObjects.get());
                        assertThat(total).isEqualTo(40);
                        lastObjects.set(done);
                        lastBytes.set(b);
                    });
            assertThat(r.ok()).as(r.findings().toString()).isTrue();
            assertThat(r.objectsChecked()).isEqualTo(40);
            assertThat(r.bytesChecked()).isEqualTo(bytes);
            assertThat(lastObjects.get()).isEqualTo(40);
            assertThat(lastBytes.get()).isEqualTo(bytes);
        }
    }

    @Test
    @DisplayName("finds missing, corrupt, unexpected and foreign entries, each named by its code")
    void findsEveryKindOfDamage() throws IOException {
        ContentStore store = ContentStores.filesystem(dir);
        List<StoredContent> all = fill(store, 10);
        Digest corrupt = all.get(3).address();
        FileContentStoreContractTest.ContentFiles.flipABit(store, corrupt);
        Digest lost = all.get(5).address();
        Files.delete(FileContentStoreContractTest.ContentFiles.pathOf(store, lost));
        Digest orphan = store.put(new ByteArrayInputStream("nobody refers to me".getBytes())).address();
        Files.write(dir.resolve("objects/sm3/stray.txt"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("tmp/put-123.part"), new byte[] {4});

        List<Digest> expected = all.stream().map(StoredContent::address).toList();
        ContentVerificationReport r = ContentStores.verify(store, expected, 2, (a, b, c, d) -> { });
        assertThat(r.ok()).isFalse();
        assertThat(r.findings(ContentFindingCode.CORRUPT)).singleElement()
                .satisfies(f -> assertThat(f.entry()).isEqualTo(corrupt.toString()));
        assertThat(r.findings(ContentFindingCode.MISSING)).singleElement()
                .satisfies(f -> assertThat(f.entry()).isEqualTo(lost.toString()));
        assertThat(r.findings(ContentFindingCode.UNEXPECTED)).singleElement()
                .satisfies(f -> assertThat(f.entry()).isEqualTo(orphan.toString()));
        assertThat(r.findings(ContentFindingCode.FOREIGN)).extracting(f -> f.entry())
                .containsExactlyInAnyOrder("objects/sm3/stray.txt", "tmp/put-123.part");
        assertThat(r.objectsChecked()).isEqualTo(10); // 9 left of the 10, plus the orphan
    }

    @Test
    @DisplayName("a renamed object (its bytes under another address) is foreign or corrupt, never silently accepted")
    void objectUnderTheWrongNameIsCaught() throws IOException {
        ContentStore store = ContentStores.filesystem(dir);
        StoredContent a = store.put(new ByteArrayInputStream(data(500, 1)));
        StoredContent b = store.put(new ByteArrayInputStream(data(500, 2)));
        Path pa = FileContentStoreContractTest.ContentFiles.pathOf(store, a.address());
        Path pb = FileContentStoreContractTest.ContentFiles.pathOf(store, b.address());
        pb.toFile().setWritable(true, true);
        Files.copy(pa, pb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ContentVerificationReport r = ContentStores.verify(store, null, 1, (x, y, z, w) -> { });
        assertThat(r.findings(ContentFindingCode.CORRUPT)).extracting(f -> f.entry())
                .containsExactly(b.address().toString());
    }

    @Test
    @DisplayName("objects are written read-only, with SM3 addresses and both digests")
    void objectsAreReadOnlyAndAddressedBySm3() throws IOException {
        ContentStore store = ContentStores.filesystem(dir);
        byte[] bytes = data(4321, 9);
        StoredContent c = store.put(new ByteArrayInputStream(bytes));
        assertThat(c.address()).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, bytes));
        assertThat(c.digests()).contains(Hasher.digest(DigestAlgorithm.SHA_256, bytes));
        Path p = FileContentStoreContractTest.ContentFiles.pathOf(store, c.address());
        assertThat(dir.relativize(p).toString().replace('\\', '/')).isEqualTo(
                "objects/sm3/" + c.address().hex().substring(0, 2) + "/" + c.address().hex().substring(2, 4) + "/"
                        + c.address().hex());
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(p)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        }
        try (var tmp = Files.list(dir.resolve("tmp"))) {
            assertThat(tmp.toList()).as("no temporary file is left behind").isEmpty();
        }
    }

    @Test
    @DisplayName("a failing input stream leaves nothing behind")
    void failedPutLeavesNothing() throws IOException {
        ContentStore store = ContentStores.filesystem(dir);
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 10_000) {
                    throw new IOException("disk unplugged");
                }
                return 7;
            }
        };
        assertThatThrownBy(() -> store.put(failing)).hasMessageContaining("disk unplugged");
        try (var s = store.entries()) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void rejectsAddressesOfAnotherAlgorithmInTheExpectedSet() {
        ContentStore store = ContentStores.filesystem(dir);
        Digest sha = Hasher.digest(DigestAlgorithm.SHA_256, new byte[] {1});
        assertThatThrownBy(() -> ContentStores.verify(store, Set.of(sha), 1, (a, b, c, d) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(sha)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.CONTENT_ADDRESS_INVALID);
    }

    @Test
    @DisplayName("verification works on any store: the testkit's in-memory store with planted damage")
    void verifiesTheInMemoryStore() {
        InMemoryContentStore store = InMemoryContentStore.sha256();
        List<StoredContent> all = fill(store, 6);
        store.tamper(all.get(0).address(), b -> {
            b[0] ^= 1;
            return b;
        });
        store.lose(all.get(1).address());
        store.plantForeign("stray", new byte[] {1});
        ContentVerificationReport r = ContentStores.verify(store, all.stream().map(StoredContent::address).toList(), 2,
                (a, b, c, d) -> { });
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(ContentFindingCode.MISSING,
                ContentFindingCode.CORRUPT, ContentFindingCode.FOREIGN);
    }

    @Property(tries = 40)
    void whatIsPutIsReadBackVerified(@ForAll @Size(max = 70_000) byte[] bytes) throws IOException {
        Path root = Files.createTempDirectory("content-prop");
        try {
            ContentStore store = ContentStores.filesystem(root);
            StoredContent c = store.put(new ByteArrayInputStream(bytes));
            try (InputStream in = store.open(c.address())) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
            assertThat(c.address()).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, bytes));
        } finally {
            try (var w = Files.walk(root)) {
                w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
