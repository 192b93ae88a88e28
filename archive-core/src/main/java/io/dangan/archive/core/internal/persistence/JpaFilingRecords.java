package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverItem;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.store.DeclaredFactsRepository;
import io.dangan.archive.store.HandOverRepository;
import io.dangan.archive.store.MissingMaterialRepository;
import io.dangan.archive.store.ReviewRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The filing repositories of a {@link JpaSession}: hand-overs, reviews, the missing-materials register and
 * declared facts. Every call flushes and clears the persistence context, as the session's own repositories do.
 */
final class JpaFilingRecords {
    private final EntityManager em;
    private final Runnable writable;
    private final Runnable open;
    final HandOverRepository handOvers = new HandOvers();
    final ReviewRepository reviews = new Reviews();
    final MissingMaterialRepository missing = new Missing();
    final DeclaredFactsRepository facts = new Facts();

    JpaFilingRecords(EntityManager em, Runnable writable, Runnable open) {
        this.em = em;
        this.writable = writable;
        this.open = open;
    }

    private <T> T db(String where, String doing, Supplier<T> work) {
        open.run();
        try {
            T result = work.get();
            em.flush();
            em.clear();
            return result;
        } catch (PersistenceException e) {
            throw Failures.translate(e, where, doing);
        }
    }

    private void requireDossier(DossierId dossier, String where) {
        if (em.find(DossierEntity.class, dossier.value()) == null) {
            throw new NotFoundException(ErrorCode.NOT_FOUND, where + "/dossier",
                    where + ": dossier " + dossier + " is not stored");
        }
    }

    private void requireMaterial(MaterialId material, String where) {
        if (em.find(MaterialEntity.class, material.value()) == null) {
            throw new NotFoundException(ErrorCode.NOT_FOUND, where + "/material",
                    where + ": material " + material + " is not stored");
        }
    }

    private final class HandOvers implements HandOverRepository {
        @Override
        public HandOver insert(HandOver handOver) {
            writable.run();
            String where = "handOver " + handOver.id();
            return db(where, "inserting", () -> {
                if (em.find(HandOverEntity.class, handOver.id().value()) != null) {
                    throw new ConflictException(ErrorCode.DUPLICATE, where,
                            "hand-over id " + handOver.id() + " is already stored");
                }
                requireDossier(handOver.dossier(), where);
                em.persist(HandOverEntity.of(handOver));
                List<HandOverItem> items = handOver.items();
                for (int i = 0; i < items.size(); i++) {
                    em.persist(HandOverItemEntity.of(handOver.id().value(), i, items.get(i)));
                }
                return handOver;
            });
        }

        @Override
        public Optional<HandOver> find(HandOverId id) {
            return db("handOver " + id, "reading", () ->
                    Optional.ofNullable(em.find(HandOverEntity.class, id.value())).map(this::withItems));
        }

        @Override
        public List<HandOver> findByDossier(DossierId dossier) {
            return db("hand-overs of dossier " + dossier, "reading", () -> em.createQuery(
                            "select h from DanganHandOver h where h.dossierId = :d"
                                    + " order by h.registeredSecond, h.registeredNano, h.id", HandOverEntity.class)
                    .setParameter("d", dossier.value()).getResultList().stream().map(this::withItems).toList());
        }

        @Override
        public Optional<HandOver> findByMaterial(MaterialId material) {
            return db("hand-over of material " + material, "reading", () -> em.createQuery(
                            "select i.handOverId from DanganHandOverItem i where i.materialId = :m order by i.id",
                            String.class)
                    .setParameter("m", material.value()).setMaxResults(1).getResultStream().findFirst()
                    .map(id -> withItems(em.find(HandOverEntity.class, id))));
        }

        private HandOver withItems(HandOverEntity h) {
            List<HandOverItem> items = em.createQuery(
                            "select i from DanganHandOverItem i where i.handOverId = :h order by i.ordinal",
                            HandOverItemEntity.class)
                    .setParameter("h", h.id()).getResultStream().map(HandOverItemEntity::toValue).toList();
            return h.toValue(items);
        }
    }

    private final class Reviews implements ReviewRepository {
        @Override
        public ReviewRecord append(ReviewRecord review) {
            writable.run();
            String where = "review " + review.material();
            return db(where, "appending", () -> {
                requireMaterial(review.material(), where);
                Integer last = em.createQuery("select max(r.ordinal) from DanganReview r where r.materialId = :m",
                        Integer.class).setParameter("m", review.material().value()).getSingleResult();
                em.persist(ReviewEntity.of(review, last == null ? 0 : last + 1));
                return review;
            });
        }

        @Override
        public List<ReviewRecord> findByMaterial(MaterialId material) {
            return db("reviews of material " + material, "reading", () -> em.createQuery(
                            "select r from DanganReview r where r.materialId = :m order by r.ordinal", ReviewEntity.class)
                    .setParameter("m", material.value()).getResultStream().map(ReviewEntity::toValue).toList());
        }

        @Override
        public Optional<ReviewRecord> latest(MaterialId material) {
            return db("reviews of material " + material, "reading", () -> em.createQuery(
                            "select r from DanganReview r where r.materialId = :m order by r.ordinal desc",
                            ReviewEntity.class)
                    .setParameter("m", material.value()).setMaxResults(1).getResultStream().findFirst()
                    .map(ReviewEntity::toValue));
        }
    }

    private final class Missing implements MissingMaterialRepository {
        @Override
        public MissingMaterialEntry put(MissingMaterialEntry entry) {
            writable.run();
            String where = "missing " + entry.dossier() + "/" + entry.typeCode();
            return db(where, "storing", () -> {
                requireDossier(entry.dossier(), where);
                MissingMaterialEntity e = em.find(MissingMaterialEntity.class,
                        MissingMaterialEntity.key(entry.dossier(), entry.typeCode()));
                if (e == null) {
                    em.persist(MissingMaterialEntity.of(entry));
                } else {
                    e.copyFrom(entry);
                }
                return entry;
            });
        }

        @Override
        public List<MissingMaterialEntry> findByDossier(DossierId dossier) {
            return db("register of dossier " + dossier, "reading", () -> em.createQuery(
                            "select m from DanganMissingMaterial m where m.dossierId = :d order by m.typeCode",
                            MissingMaterialEntity.class)
                    .setParameter("d", dossier.value()).getResultStream().map(MissingMaterialEntity::toValue).toList());
        }
    }

    private final class Facts implements DeclaredFactsRepository {
        @Override
        public DeclaredFacts put(DeclaredFacts declared) {
            writable.run();
            String where = "facts " + declared.material();
            return db(where, "storing", () -> {
                requireMaterial(declared.material(), where);
                DeclaredFactsEntity e = em.find(DeclaredFactsEntity.class, declared.material().value());
                if (e == null) {
                    em.persist(DeclaredFactsEntity.of(declared));
                } else {
                    e.copyFrom(declared);
                }
                return declared;
            });
        }

        @Override
        public Optional<DeclaredFacts> find(MaterialId material) {
            return db("facts " + material, "reading", () ->
                    Optional.ofNullable(em.find(DeclaredFactsEntity.class, material.value()))
                            .map(DeclaredFactsEntity::toValue));
        }

        @Override
        public List<DeclaredFacts> findByDossier(DossierId dossier) {
            return db("facts of dossier " + dossier, "reading", () -> {
                List<DeclaredFacts> out = new ArrayList<>();
                em.createQuery("select f from DanganDeclaredFacts f where f.dossierId = :d order by f.materialId",
                                DeclaredFactsEntity.class)
                        .setParameter("d", dossier.value()).getResultStream().forEach(f -> out.add(f.toValue()));
                return out;
            });
        }
    }
}
