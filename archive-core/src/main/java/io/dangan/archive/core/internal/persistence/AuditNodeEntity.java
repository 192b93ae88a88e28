package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.core.internal.audit.AuditTreeNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_audit_node}: one row per stored subtree of the audit log's Merkle tree
 * ({@link AuditTreeNode}), written in the transaction of the records that complete it, never updated.
 */
@Entity(name = "DanganAuditNode")
@Table(name = "dangan_audit_node")
@IdClass(AuditNodeEntity.Key.class)
public class AuditNodeEntity {
    /** The insert the storage batches through JDBC, column order as {@link #bind}. */
    static final String INSERT = "INSERT INTO dangan_audit_node (tree_level, node_index, node_hash) VALUES (?, ?, ?)";

    @Id
    @Column(name = "tree_level", nullable = false)
    private int level;

    @Id
    @Column(name = "node_index", nullable = false)
    private long index;

    @Column(name = "node_hash", length = 64, nullable = false)
    private String hash = "";

    /** For the persistence provider. */
    protected AuditNodeEntity() {
    }

    static AuditNodeEntity of(AuditTreeNode n) {
        AuditNodeEntity e = new AuditNodeEntity();
        e.level = n.level();
        e.index = n.index();
        e.hash = n.hash();
        return e;
    }

    static void bind(java.sql.PreparedStatement ps, AuditTreeNode n) throws java.sql.SQLException {
        ps.setInt(1, n.level());
        ps.setLong(2, n.index());
        ps.setString(3, n.hash());
    }

    AuditTreeNode toValue() {
        return new AuditTreeNode(level, index, hash);
    }

    /** The composite key: level and index. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int level;
        private long index;

        /** For the persistence provider. */
        public Key() {
        }

        Key(int level, long index) {
            this.level = level;
            this.index = index;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && k.level == level && k.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, index);
        }
    }
}
