package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.StoreSession;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link ArchiveStore} over a Jakarta Persistence {@link EntityManagerFactory} with resource-local
 * transactions. Each session is one entity manager and one transaction; a read session is rolled back
 * at its end, a write session committed when its work returns. Every repository call flushes and
 * clears the persistence context before it returns, so failures surface at the call that caused them
 * and memory stays bounded however much a session reads. Thread-safe as the factory is.
 */
public final class JpaArchiveStore implements ArchiveStore {
    private final EntityManagerFactory factory;

    /**
     * Creates the store.
     *
     * @param factory a factory whose persistence unit manages {@link #MANAGED_CLASSES}
     */
    public JpaArchiveStore(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The entity classes this store maps; the persistence unit must manage them all. */
    public static final java.util.List<Class<?>> MANAGED_CLASSES = java.util.List.of(UnitEntity.class,
            SubjectEntity.class, DossierEntity.class, MaterialEntity.class, MaterialContentEntity.class,
            SealEntity.class, SealLeafEntity.class,
            HandOverEntity.class, HandOverItemEntity.class, ReviewEntity.class, MissingMaterialEntity.class,
            DeclaredFactsEntity.class, AuditEventEntity.class, AuditNodeEntity.class, AuditCheckpointEntity.class);

    @Override
    public <T> T read(Function<? super StoreSession, ? extends T> work) {
        return run(work, false);
    }

    @Override
    public <T> T write(Function<? super StoreSession, ? extends T> work) {
        return run(work, true);
    }

    private <T> T run(Function<? super StoreSession, ? extends T> work, boolean writable) {
        Objects.requireNonNull(work, "work");
        String kind = writable ? "write session" : "read session";
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw Failures.translate(e, "store", "opening a " + kind);
        }
        try {
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
            } catch (PersistenceException e) {
                throw Failures.translate(e, "store", "beginning a " + kind);
            }
            JpaSession session = new JpaSession(em, writable);
            T result;
            try {
                result = work.apply(session);
            } catch (RuntimeException | Error e) {
                session.close();
                rollbackQuietly(tx, e);
                throw e;
            }
            session.close();
            if (writable) {
                try {
                    tx.commit();
                } catch (PersistenceException e) {
                    ArchiveException translated = Failures.translate(e, "store", "committing a write session");
                    rollbackQuietly(tx, translated);
                    throw translated;
                }
            } else {
                tx.rollback();
            }
            return result;
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
}
