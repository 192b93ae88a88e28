package io.dangan.archive.store;

import java.util.function.Function;

/**
 * The metadata store (元数据存储): every read and change of subjects, units, dossiers and materials
 * happens inside one of its sessions.
 *
 * <p>{@link #write(Function)} runs its work in one transaction: when the work throws, nothing it
 * did is kept and the exception propagates unchanged (an {@link io.dangan.archive.ArchiveException}
 * stays one). Implementations are thread-safe; a session and the streams it returns must not escape
 * the work function nor be shared between threads.
 *
 * <p>Every implementation behaves alike, as {@code io.dangan.archive.testkit.tck.ArchiveStoreContract}
 * checks: a read session refuses changes and a session used after its work returned is refused (both
 * {@link IllegalStateException}); inserts take values at version 0 ({@link IllegalArgumentException}
 * otherwise) and every update returns the value with its version incremented by one; keys and references
 * are checked before anything is written, so a rejected call leaves the session's earlier changes intact.
 */
public interface ArchiveStore {

    /**
     * Runs read-only work in a session.
     *
     * @param work what to read; must not change state
     * @param <T> the result type
     * @return the work's result
     */
    <T> T read(Function<? super StoreSession, ? extends T> work);

    /**
     * Runs work in one transaction, committing when it returns and rolling back when it throws.
     *
     * @param work what to change
     * @param <T> the result type
     * @return the work's result
     * @throws io.dangan.archive.ConflictException with code {@code CONCURRENT_UPDATE} when a concurrent
     *     transaction changed the same entity first, or {@code DUPLICATE} for a duplicate key
     */
    <T> T write(Function<? super StoreSession, ? extends T> work);
}
