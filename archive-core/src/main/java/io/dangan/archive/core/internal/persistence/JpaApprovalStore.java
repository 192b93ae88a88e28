package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.model.DossierId;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@link ApprovalStore} over Jakarta Persistence (审批存储): table {@code dangan_approval}, each call one
 * transaction. An update reads the row, applies the change and writes it back under the row's version; when a
 * concurrent update committed in between (optimistic locking), it reads again and applies the change to the fresh
 * state, up to {@value #ATTEMPTS} times, so two approvers deciding at once are serialised exactly as in memory:
 * the second sees the first one's decision. Lookups by id are primary-key reads; by requester and by dossier they
 * are index range scans. Thread-safe as the factory is.
 */
public final class JpaApprovalStore implements ApprovalStore {
    /** The entity classes this store maps. */
    public static final List<Class<?>> MANAGED_CLASSES = List.of(ApprovalEntity.class);
    /** Tries of one update against concurrent writers. */
    static final int ATTEMPTS = 12;

    private final EntityManagerFactory factory;

    /**
     * @param factory a factory whose unit manages {@link #MANAGED_CLASSES}, over a schema with {@code V6__approvals}
     */
    public JpaApprovalStore(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public @Nullable Approval approval(ApprovalId id) {
        return JpaTransactions.run(factory, false, "approval " + id, "reading", em -> {
            ApprovalEntity e = em.find(ApprovalEntity.class, id.value());
            return e == null ? null : e.toValue();
        });
    }

    @Override
    public void insert(Approval approval) {
        String where = "approval " + approval.id();
        ApprovalEntity.checkFits(approval);
        JpaTransactions.run(factory, true, where, "inserting", em -> {
            if (em.find(ApprovalEntity.class, approval.id().value()) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, where,
                        "approval id %s is taken".formatted(approval.id()));
            }
            em.persist(ApprovalEntity.of(approval));
            em.flush();
            return null;
        });
    }

    @Override
    public @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change) {
        Objects.requireNonNull(change, "change");
        String where = "approval " + id;
        for (int attempt = 1; ; attempt++) {
            try {
                return JpaTransactions.run(factory, true, where, "updating", em -> {
                    ApprovalEntity e = em.find(ApprovalEntity.class, id.value());
                    if (e == null) {
                        return null;
                    }
                    Approval next = Objects.requireNonNull(change.apply(e.toValue()), "the change returned null");
                    if (!next.id().equals(id)) {
                        throw new IllegalArgumentException("the change of approval " + id + " returned approval "
                                + next.id());
                    }
                    ApprovalEntity.checkFits(next);
                    e.copyFrom(next);
                    em.flush();
                    return next;
                });
            } catch (ArchiveException e) {
                if (!JpaTransactions.lostRace(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                // another approver committed first: back off a little, then apply the change to what they left
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 2_000_000L * attempt));
            }
        }
    }

    @Override
    public List<Approval> byRequester(PrincipalId requester) {
        return JpaTransactions.run(factory, false, "approvals of " + requester, "reading", em -> em.createQuery(
                        "select a from DanganApproval a where a.requester = :r order by a.id", ApprovalEntity.class)
                .setParameter("r", requester.value()).getResultStream().map(ApprovalEntity::toValue).toList());
    }

    @Override
    public List<Approval> byDossier(DossierId dossier) {
        return JpaTransactions.run(factory, false, "approvals for dossier " + dossier, "reading", em -> em.createQuery(
                        "select a from DanganApproval a where a.dossierId = :d order by a.id", ApprovalEntity.class)
                .setParameter("d", dossier.value()).getResultStream().map(ApprovalEntity::toValue).toList());
    }
}
