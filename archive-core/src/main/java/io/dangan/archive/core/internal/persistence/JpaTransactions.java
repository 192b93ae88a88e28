package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work of the small stores (approvals, tag bindings, alerts): an entity manager in one resource-local
 * transaction, committed when a write returns and rolled back otherwise. Provider failures become the api's
 * exceptions ({@link Failures}); anything else the work throws (a refusal, a programmer error) propagates as it is,
 * after the rollback.
 */
final class JpaTransactions {
    private JpaTransactions() {
    }

    /**
     * Runs work in a transaction.
     *
     * @param factory the factory
     * @param write whether to commit
     * @param where what the work is about, for messages
     * @param doing what it does, for messages
     * @param work the work; it should flush before it returns so that failures surface inside it
     * @return what the work returned
     */
    static <T> T run(EntityManagerFactory factory, boolean write, String where, String doing,
            Function<EntityManager, T> work) {
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw Failures.translate(e, where, doing);
        }
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            T result;
            try {
                result = work.apply(em);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                throw e;
            }
            if (write) {
                try {
                    tx.commit();
                } catch (RuntimeException e) {
                    rollbackQuietly(tx, e);
                    throw e;
                }
            } else {
                tx.rollback();
            }
            return result;
        } catch (PersistenceException e) {
            throw Failures.translate(e, where, doing);
        } finally {
            em.close();
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable primary) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            primary.addSuppressed(e);
        }
    }

    /**
     * Refuses a text longer than its column holds, before anything is written.
     *
     * @param where the entity, e.g. {@code approval A1}
     * @param field the field
     * @param value the text, or {@code null}
     * @param max its most characters
     * @throws InvalidInputException {@code VALUE_TOO_LONG}
     */
    static void checkLength(String where, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, where + "/" + field, ("%s: %s has %d characters,"
                    + " the store keeps at most %d").formatted(where, field, value.length(), max));
        }
    }

    /**
     * Refuses a list longer than its column holds, before anything is written.
     *
     * @param where the entity
     * @param field the field
     * @param size the list's size
     * @param max its most entries
     * @throws InvalidInputException {@code VALUE_TOO_LONG}
     */
    static void checkCount(String where, String field, int size, int max) {
        if (size > max) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, where + "/" + field, ("%s: %s has %d entries,"
                    + " the store keeps at most %d").formatted(where, field, size, max));
        }
    }

    /** @return whether the failure is a lost optimistic race worth retrying */
    static boolean lostRace(ArchiveException e) {
        return e.code() == ErrorCode.CONCURRENT_UPDATE;
    }
}
