package io.dangan.archive.core.content;

import io.dangan.archive.core.ContentStores;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.testkit.tck.ContentStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.io.TempDir;

/** The default filesystem store passes the content-store contract. */
class FileContentStoreContractTest extends ContentStoreContract {
    @TempDir
    Path dir;

    private int stores;

    @Override
    protected ContentStore newStore(long maxObjectSize) {
        return ContentStores.filesystem(dir.resolve("store" + stores++), DigestAlgorithm.SM3,
                EnumSet.allOf(DigestAlgorithm.class), maxObjectSize);
    }

    @Override
    protected void corrupt(ContentStore store, Digest address) {
        ContentFiles.flipABit(store, address);
    }

    /** Helpers shared by the filesystem tests. */
    static final class ContentFiles {
        private ContentFiles() {
        }

        static Path pathOf(ContentStore store, Digest address) {
            try (var s = store.entries()) {
                String name = s.filter(e -> address.equals(e.address())).findFirst().orElseThrow().name();
                return rootOf(store).resolve(name);
            }
        }

        static Path rootOf(ContentStore store) {
            return ((io.dangan.archive.core.internal.content.FileContentStore) store).root();
        }

        static void flipABit(ContentStore store, Digest address) {
            Path p = pathOf(store, address);
            try {
                p.toFile().setWritable(true, true);
                byte[] b = Files.readAllBytes(p);
                b[b.length / 2] ^= 0x04;
                Files.write(p, b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
