package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.core.internal.audit.AuditChunk;
import io.dangan.archive.core.internal.audit.AuditStorage;
import io.dangan.archive.core.internal.audit.AuditTreeNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's storage through Jakarta Persistence (审计存储): reads through JPQL on
 * {@link AuditEventEntity}, {@link AuditNodeEntity} and {@link AuditCheckpointEntity}; a batch of new records
 * is written in one transaction on the entity manager's own connection
 * ({@link EntityManager#runWithConnection}) as the chunks are chained — on PostgreSQL one binary {@code COPY}
 * for the whole batch ({@link PostgresAuditCopy}), elsewhere one JDBC batch per chunk — then the subtrees the
 * batch completes. A taken sequence (another writer was first) becomes a {@code DUPLICATE}
 * conflict and nothing of the batch is kept.
 */
public final class JpaAuditStorage implements AuditStorage {
    /** The entity classes the persistence unit must manage for the audit log. */
    public static final List<Class<?>> MANAGED_CLASSES = List.of(AuditEventEntity.class, AuditNodeEntity.class,
            AuditCheckpointEntity.class);
    private static final int PAGE = 5_000;
    private static final int HASH_PAGE = 50_000;

    private final EntityManagerFactory factory;
    /** Whether the database takes {@link PostgresAuditCopy}; decided on the first append. */
    private volatile @Nullable Boolean copies;

    /**
     * @param factory a factory whose unit manages {@link #MANAGED_CLASSES}, over a schema with
     *     {@code V4__access_audit} and {@code V7__audit_speed}
     */
    public JpaAuditStorage(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    private <T> T tx(boolean write, String doing, Function<EntityManager, T> work) {
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw Failures.translate(e, "audit log", doing);
        }
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                T result = work.apply(em);
                if (write) {
                    tx.commit();
                } else {
                    tx.rollback();
                }
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException r) {
                        e.addSuppressed(r);
                    }
                }
                throw e;
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, "audit log", doing);
        } finally {
            em.close();
        }
    }

    @Override
    public @Nullable AuditRecord last() {
        return tx(false, "reading the last audit record", em -> {
            List<AuditEventEntity> l = em.createQuery("SELECT e FROM DanganAuditEvent e ORDER BY e.sequence DESC",
                    AuditEventEntity.class).setMaxResults(1).getResultList();
            return l.isEmpty() ? null : l.get(0).toValue();
        });
    }

    @Override
    public void append(List<Supplier<AuditChunk>> chunks) {
        if (chunks.isEmpty()) {
            return;
        }
        tx(true, "appending audit records", em -> {
            em.runWithConnection((Connection c) -> {
                List<AuditTreeNode> nodes = new ArrayList<>();
                try {
                    if (copies(c)) {
                        PostgresAuditCopy.write(c, chunks, nodes::addAll);
                    } else {
                        try (PreparedStatement ps = c.prepareStatement(AuditEventEntity.INSERT)) {
                            for (Supplier<AuditChunk> s : chunks) {
                                AuditChunk chunk = s.get();
                                for (int i = 0; i < chunk.records().size(); i++) {
                                    AuditEventEntity.bind(ps, chunk.records().get(i), chunk.detailsJson().get(i));
                                    ps.addBatch();
                                }
                                ps.executeBatch();
                                nodes.addAll(chunk.nodes());
                            }
                        }
                    }
                    if (!nodes.isEmpty()) {
                        try (PreparedStatement ps = c.prepareStatement(AuditNodeEntity.INSERT)) {
                            for (AuditTreeNode n : nodes) {
                                AuditNodeEntity.bind(ps, n);
                                ps.addBatch();
                            }
                            ps.executeBatch();
                        }
                    }
                } catch (SQLException e) {
                    SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                    throw new PersistenceException("batch insert of audit records failed: " + cause.getMessage(), cause);
                }
            });
            return null;
        });
    }

    private boolean copies(Connection c) {
        Boolean known = copies;
        if (known == null) {
            known = PostgresAuditCopy.applies(c);
            copies = known;
        }
        return known;
    }

    @Override
    public long size() {
        return tx(false, "counting audit records", em -> em.createQuery("SELECT COUNT(e) FROM DanganAuditEvent e",
                Long.class).getSingleResult());
    }

    @Override
    public Optional<AuditRecord> get(long sequence) {
        return tx(false, "reading audit record " + sequence,
                em -> Optional.ofNullable(em.find(AuditEventEntity.class, sequence)).map(AuditEventEntity::toValue));
    }

    @Override
    public SortedMap<Long, String> hashes(long fromSequence, long toSequence) {
        SortedMap<Long, String> out = new TreeMap<>();
        long after = fromSequence - 1;
        while (after < toSequence) {
            long from = after;
            List<Object[]> page = tx(false, "reading audit record hashes", em -> em.createQuery(
                    "SELECT e.sequence, e.hash FROM DanganAuditEvent e WHERE e.sequence > :after AND e.sequence <= :to"
                            + " ORDER BY e.sequence", Object[].class)
                    .setParameter("after", from).setParameter("to", toSequence).setMaxResults(HASH_PAGE).getResultList());
            for (Object[] row : page) {
                out.put((Long) row[0], (String) row[1]);
            }
            if (page.size() < HASH_PAGE) {
                break;
            }
            after = (Long) page.get(page.size() - 1)[0];
        }
        return out;
    }

    @Override
    public List<AuditRecord> query(AuditQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM DanganAuditEvent e WHERE 1 = 1");
        if (q.dossier() != null) {
            jpql.append(" AND e.dossier = :dossier");
        }
        if (q.actor() != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (q.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (q.from() != null) {
            jpql.append(" AND (e.occurredSecond > :fromS OR (e.occurredSecond = :fromS AND e.occurredNano >= :fromN))");
        }
        if (q.to() != null) {
            jpql.append(" AND (e.occurredSecond < :toS OR (e.occurredSecond = :toS AND e.occurredNano < :toN))");
        }
        jpql.append(" ORDER BY e.sequence");
        return tx(false, "querying the audit log", em -> {
            TypedQuery<AuditEventEntity> tq = em.createQuery(jpql.toString(), AuditEventEntity.class);
            if (q.dossier() != null) {
                tq.setParameter("dossier", q.dossier());
            }
            if (q.actor() != null) {
                tq.setParameter("actor", q.actor());
            }
            if (q.action() != null) {
                tq.setParameter("action", q.action());
            }
            if (q.from() != null) {
                tq.setParameter("fromS", q.from().getEpochSecond()).setParameter("fromN", q.from().getNano());
            }
            if (q.to() != null) {
                tq.setParameter("toS", q.to().getEpochSecond()).setParameter("toN", q.to().getNano());
            }
            return tq.setMaxResults(q.limit()).getResultList().stream().map(AuditEventEntity::toValue).toList();
        });
    }

    @Override
    public void forEach(Consumer<AuditRecord> visitor) {
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<AuditRecord> page = tx(false, "reading the audit log", em -> em.createQuery(
                    "SELECT e FROM DanganAuditEvent e WHERE e.sequence > :after ORDER BY e.sequence", AuditEventEntity.class)
                    .setParameter("after", from).setMaxResults(PAGE).getResultList().stream()
                    .map(AuditEventEntity::toValue).toList());
            page.forEach(visitor);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    @Override
    public List<AuditTreeNode> nodes(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> list = List.copyOf(keys);
        StringBuilder jpql = new StringBuilder("SELECT n FROM DanganAuditNode n WHERE ");
        for (int i = 0; i < list.size(); i++) {
            jpql.append(i == 0 ? "" : " OR ").append("(n.level = :l").append(i).append(" AND n.index = :i").append(i)
                    .append(')');
        }
        return tx(false, "reading audit subtrees", em -> {
            TypedQuery<AuditNodeEntity> q = em.createQuery(jpql.toString(), AuditNodeEntity.class);
            for (int i = 0; i < list.size(); i++) {
                long key = list.get(i);
                q.setParameter("l" + i, (int) (key & 63)).setParameter("i" + i, key >>> 6);
            }
            return q.getResultList().stream().map(AuditNodeEntity::toValue).toList();
        });
    }

    @Override
    public Map<Long, AuditTreeNode> nodes() {
        return tx(false, "reading audit subtrees", em -> {
            Map<Long, AuditTreeNode> out = new HashMap<>();
            em.createQuery("SELECT n FROM DanganAuditNode n", AuditNodeEntity.class).getResultStream()
                    .map(AuditNodeEntity::toValue).forEach(n -> out.put(n.key(), n));
            return out;
        });
    }

    @Override
    public void addMissingNodes(List<AuditTreeNode> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        tx(true, "storing " + nodes.size() + " audit subtrees", em -> {
            for (AuditTreeNode n : nodes) {
                if (em.find(AuditNodeEntity.class, new AuditNodeEntity.Key(n.level(), n.index())) == null) {
                    em.persist(AuditNodeEntity.of(n));
                }
            }
            return null;
        });
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        tx(true, "storing the audit checkpoint at size " + checkpoint.treeSize(), em -> {
            em.persist(AuditCheckpointEntity.of(checkpoint));
            return null;
        });
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return tx(false, "reading audit checkpoints", em -> em.createQuery(
                "SELECT c FROM DanganAuditCheckpoint c ORDER BY c.treeSize", AuditCheckpointEntity.class).getResultList()
                .stream().map(AuditCheckpointEntity::toValue).toList());
    }
}
