package io.dangan.archive.core;

import io.dangan.archive.core.internal.content.ContentStoreVerifier;
import io.dangan.archive.core.internal.content.CryptoContentHasher;
import io.dangan.archive.core.internal.content.FileContentStore;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentHasher;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.ContentVerificationProgress;
import io.dangan.archive.store.ContentVerificationReport;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Content stores (内容存储) and their whole-store verification.
 *
 * <pre>{@code
 * ContentStore store = ContentStores.filesystem(dir);                // SM3 addresses, SM3 + SHA-256 digests
 * StoredContent c = store.put(scanStream);
 * ContentRef ref = c.toRef("履历表.pdf", "application/pdf");
 * ContentVerificationReport r = ContentStores.verify(store, referencedAddresses,
 *         Runtime.getRuntime().availableProcessors(), (done, total, bytes, allBytes) -> bar.update(done, total));
 * }</pre>
 */
public final class ContentStores {
    /** The default size limit of one object: 2 GiB. */
    public static final long DEFAULT_MAX_OBJECT_SIZE = 2L * 1024 * 1024 * 1024;

    private ContentStores() {
    }

    /**
     * Opens (creating when absent) the default filesystem store: SM3 addresses, SM3 and SHA-256 digests on put,
     * objects up to {@link #DEFAULT_MAX_OBJECT_SIZE}.
     *
     * @param root the store's root directory
     * @return the store
     * @throws io.dangan.archive.ArchiveException with code {@code STORE_FAILURE} when the directories cannot be
     *     created
     */
    public static ContentStore filesystem(Path root) {
        return filesystem(root, DigestAlgorithm.SM3, EnumSet.allOf(DigestAlgorithm.class), DEFAULT_MAX_OBJECT_SIZE);
    }

    /**
     * Opens (creating when absent) a filesystem store with explicit settings.
     *
     * @param root the store's root directory
     * @param addressAlgorithm the algorithm of addresses
     * @param algorithms the algorithms digested on put (the address algorithm is always included)
     * @param maxObjectSize the largest object accepted, in bytes
     * @return the store
     */
    public static ContentStore filesystem(Path root, DigestAlgorithm addressAlgorithm,
            Set<DigestAlgorithm> algorithms, long maxObjectSize) {
        return new FileContentStore(root, addressAlgorithm, algorithms, maxObjectSize);
    }

    /**
     * Supplies content hashers over the crypto module (SM3 from the optimised engine, SHA-256 from the JDK), for
     * stores written against the api alone, such as the testkit's in-memory store.
     *
     * @param algorithms the algorithms
     * @return a supplier of fresh hashers
     */
    public static Supplier<ContentHasher> hashers(Set<DigestAlgorithm> algorithms) {
        Set<DigestAlgorithm> copy = Set.copyOf(algorithms);
        return () -> new CryptoContentHasher(copy);
    }

    /**
     * Verifies every object of a store in parallel and compares what is stored with what is referenced.
     *
     * @param store the store
     * @param expected the addresses that must be stored, or {@code null} to report only corrupt, unreadable and
     *     foreign entries
     * @param threads worker threads, at least 1 (usually the number of cores)
     * @param progress receives progress, serialised, from the worker threads
     * @return the report: MISSING, CORRUPT, UNEXPECTED, FOREIGN and UNREADABLE findings
     */
    public static ContentVerificationReport verify(ContentStore store, @Nullable Collection<Digest> expected,
            int threads, ContentVerificationProgress progress) {
        return ContentStoreVerifier.verify(store, expected, threads, progress);
    }
}
