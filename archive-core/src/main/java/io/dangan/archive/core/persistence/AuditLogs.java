package io.dangan.archive.core.persistence;

import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.core.internal.audit.CheckpointSigner;
import io.dangan.archive.core.internal.audit.HashChainAuditLog;
import io.dangan.archive.core.internal.audit.MemoryAuditStorage;
import io.dangan.archive.core.internal.persistence.JpaAuditStorage;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.model.DigestAlgorithm;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;

/**
 * Factories for the tamper-evident audit log (审计日志): hash-chained with SM3 (or SHA-256), checkpoints
 * signed with the archive's key every {@value #DEFAULT_CHECKPOINT_INTERVAL} records and on demand.
 *
 * <pre>{@code
 * AuditLog log = AuditLogs.jpa(entityManagerFactory, keys.signer("archive"), clock);
 * Archive archive = Archives.builder().events(log)...build();
 * }</pre>
 */
public final class AuditLogs {
    /** Records between automatic checkpoints. */
    public static final long DEFAULT_CHECKPOINT_INTERVAL = 10_000;

    private AuditLogs() {
    }

    /**
     * @return the entity classes the persistence unit must manage for the audit log (also part of
     *     {@code JpaStores.managedClasses()})
     */
    public static List<Class<?>> managedClasses() {
        return JpaAuditStorage.MANAGED_CLASSES;
    }

    /**
     * The audit log in the integrator's database through Jakarta Persistence; the schema needs the shipped
     * migrations {@code V4__access_audit} and {@code V7__audit_speed}.
     *
     * @param factory the entity manager factory
     * @param signer signs checkpoints (the archive's key; SM2 by default)
     * @param clock the archive's clock
     * @return the log, hash-chained with SM3
     */
    public static AuditLog jpa(EntityManagerFactory factory, Signer signer, Clock clock) {
        return jpa(factory, signer, clock, DigestAlgorithm.SM3, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /**
     * @param factory the entity manager factory
     * @param signer signs checkpoints
     * @param clock the archive's clock
     * @param algorithm the chain and tree digest
     * @param checkpointInterval records between automatic checkpoints, 0 for on demand only
     * @return the log
     */
    public static AuditLog jpa(EntityManagerFactory factory, Signer signer, Clock clock, DigestAlgorithm algorithm,
            long checkpointInterval) {
        return new HashChainAuditLog(new JpaAuditStorage(factory), algorithm, CheckpointSigner.of(signer), clock,
                checkpointInterval);
    }

    /**
     * An audit log held in memory, for tools, demos and tests.
     *
     * @param signer signs checkpoints
     * @param clock the archive's clock
     * @return the log, hash-chained with SM3
     */
    public static AuditLog inMemory(Signer signer, Clock clock) {
        return new HashChainAuditLog(new MemoryAuditStorage(), DigestAlgorithm.SM3, CheckpointSigner.of(signer), clock,
                DEFAULT_CHECKPOINT_INTERVAL);
    }
}
