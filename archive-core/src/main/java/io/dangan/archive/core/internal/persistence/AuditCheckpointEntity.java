package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.audit.Checkpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Table {@code dangan_audit_checkpoint}: one row per signed {@link Checkpoint}. */
@Entity(name = "DanganAuditCheckpoint")
@Table(name = "dangan_audit_checkpoint")
public class AuditCheckpointEntity {
    @Id
    @Column(name = "tree_size", nullable = false)
    private long treeSize;
    @Column(name = "root_hash", length = 64, nullable = false)
    private String rootHash = "";
    @Column(name = "chain_head", length = 64, nullable = false)
    private String chainHead = "";
    @Column(name = "created_at", length = 40, nullable = false)
    private String createdAt = "";
    @Column(name = "hash_algorithm", length = 16, nullable = false)
    private String hashAlgorithm = "";
    @Column(name = "signature_algorithm", length = 32, nullable = false)
    private String signatureAlgorithm = "";
    @Column(name = "key_id", length = 128, nullable = false)
    private String keyId = "";
    @Column(name = "signature", length = 1024, nullable = false)
    private String signature = "";

    /** For the persistence provider. */
    protected AuditCheckpointEntity() {
    }

    static AuditCheckpointEntity of(Checkpoint c) {
        AuditCheckpointEntity e = new AuditCheckpointEntity();
        e.treeSize = c.treeSize();
        e.rootHash = c.rootHash();
        e.chainHead = c.chainHead();
        e.createdAt = c.createdAt().toString();
        e.hashAlgorithm = c.hashAlgorithm();
        e.signatureAlgorithm = c.signatureAlgorithm();
        e.keyId = c.keyId();
        e.signature = c.signature();
        return e;
    }

    Checkpoint toValue() {
        return new Checkpoint(treeSize, rootHash, chainHead, Instant.parse(createdAt), hashAlgorithm, signatureAlgorithm,
                keyId, signature);
    }
}
