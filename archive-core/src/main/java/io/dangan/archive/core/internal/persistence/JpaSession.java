package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.DeclaredFactsRepository;
import io.dangan.archive.store.DossierRepository;
import io.dangan.archive.store.HandOverRepository;
import io.dangan.archive.store.MissingMaterialRepository;
import io.dangan.archive.store.ReviewRepository;
import io.dangan.archive.store.MaterialRepository;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.store.SubjectRepository;
import io.dangan.archive.store.UnitRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** One session: an entity manager in a transaction, with the four repositories bound to it. */
final class JpaSession implements StoreSession {
    /** Rows per query when streaming dossiers. */
    static final int DOSSIER_BATCH = 500;
    /** Dossiers per query when streaming materials (each holds some hundreds of materials). */
    static final int MATERIAL_DOSSIER_BATCH = 16;
    /** Ids per IN list when loading content references. */
    static final int CONTENT_BATCH = 500;

    private final EntityManager em;
    private final boolean writable;
    private boolean open = true;
    private final Subjects subjects = new Subjects();
    private final Units units = new Units();
    private final Dossiers dossiers = new Dossiers();
    private final Materials materials = new Materials();
    private final JpaFilingRecords filing;

    JpaSession(EntityManager em, boolean writable) {
        this.em = em;
        this.writable = writable;
        this.filing = new JpaFilingRecords(em, this::checkWritable, this::checkOpen);
    }

    void close() {
        open = false;
    }

    @Override
    public SubjectRepository subjects() {
        checkOpen();
        return subjects;
    }

    @Override
    public UnitRepository units() {
        checkOpen();
        return units;
    }

    @Override
    public DossierRepository dossiers() {
        checkOpen();
        return dossiers;
    }

    @Override
    public MaterialRepository materials() {
        checkOpen();
        return materials;
    }

    @Override
    public HandOverRepository handOvers() {
        checkOpen();
        return filing.handOvers;
    }

    @Override
    public ReviewRepository reviews() {
        checkOpen();
        return filing.reviews;
    }

    @Override
    public MissingMaterialRepository missingMaterials() {
        checkOpen();
        return filing.missing;
    }

    @Override
    public DeclaredFactsRepository declaredFacts() {
        checkOpen();
        return filing.facts;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("the session is closed: it is valid only inside its work function");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw new IllegalStateException("a read session cannot change the store; use ArchiveStore.write");
        }
    }

    /** Runs database work, translating provider failures, and clears the persistence context after it. */
    private <T> T db(String where, String doing, Supplier<T> work) {
        checkOpen();
        try {
            T result = work.get();
            em.flush();
            em.clear();
            return result;
        } catch (PersistenceException e) {
            throw Failures.translate(e, where, doing);
        }
    }

    private static void requireVersionZero(long version, String what) {
        if (version != 0) {
            throw new IllegalArgumentException(what + " has version " + version + ", expected 0 for an insert");
        }
    }

    private static ConflictException stale(String where, long stored, long given) {
        return new ConflictException(ErrorCode.CONCURRENT_UPDATE, where, where + " was read at version " + given
                + " but the store holds version " + stored + "; another transaction changed it first, read it again");
    }

    private static ConflictException duplicate(String where, String message) {
        return new ConflictException(ErrorCode.DUPLICATE, where, message);
    }

    private static NotFoundException notFound(String where, String message) {
        return new NotFoundException(ErrorCode.NOT_FOUND, where, message);
    }

    /**
     * Makes sure an update increments the version even when no column changed: a dirty entity got its
     * increment at the flush; a clean one is incremented now, under a row lock.
     */
    private void forceIncrement(Object entity, long versionBefore, long versionAfterFlush) {
        if (versionAfterFlush == versionBefore) {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
    }

    // ---- subjects --------------------------------------------------------------------------------

    private final class Subjects implements SubjectRepository {
        @Override
        public Subject insert(Subject subject) {
            checkWritable();
            String where = "subject " + subject.id();
            requireVersionZero(subject.version(), where);
            return db(where, "inserting", () -> {
                if (em.find(SubjectEntity.class, subject.id().value()) != null) {
                    throw duplicate(where, "subject id " + subject.id() + " is already stored");
                }
                holderOf(subject.citizenId()).ifPresent(holder -> {
                    throw duplicate(where + "/citizenId", "citizen id " + subject.citizenId().masked()
                            + " already belongs to subject " + holder + "; subject " + subject.id() + " cannot take it");
                });
                em.persist(SubjectEntity.of(subject));
                return subject;
            });
        }

        @Override
        public Subject update(Subject subject) {
            checkWritable();
            String where = "subject " + subject.id();
            return db(where, "updating", () -> {
                SubjectEntity e = em.find(SubjectEntity.class, subject.id().value());
                if (e == null) {
                    throw notFound(where, "subject " + subject.id() + " is not stored, cannot update it");
                }
                if (e.version() != subject.version()) {
                    throw stale(where, e.version(), subject.version());
                }
                holderOf(subject.citizenId()).filter(holder -> !holder.equals(subject.id().value())).ifPresent(h -> {
                    throw duplicate(where + "/citizenId", "citizen id " + subject.citizenId().masked()
                            + " already belongs to subject " + h + "; subject " + subject.id() + " cannot take it");
                });
                e.copyFrom(subject);
                em.flush();
                forceIncrement(e, subject.version(), e.version());
                return e.toValue();
            });
        }

        private Optional<String> holderOf(CitizenId citizenId) {
            return em.createQuery("select s.id from DanganSubject s where s.citizenId = :c", String.class)
                    .setParameter("c", citizenId.value()).getResultStream().findFirst();
        }

        @Override
        public Optional<Subject> find(SubjectId id) {
            return db("subject " + id, "reading", () ->
                    Optional.ofNullable(em.find(SubjectEntity.class, id.value())).map(SubjectEntity::toValue));
        }

        @Override
        public Optional<Subject> findByCitizenId(CitizenId citizenId) {
            return db("subject with citizen id " + citizenId.masked(), "reading", () -> em.createQuery(
                            "select s from DanganSubject s where s.citizenId = :c", SubjectEntity.class)
                    .setParameter("c", citizenId.value()).getResultStream().findFirst().map(SubjectEntity::toValue));
        }

        @Override
        public long count() {
            return db("subjects", "counting", () ->
                    em.createQuery("select count(s) from DanganSubject s", Long.class).getSingleResult());
        }
    }

    // ---- units -----------------------------------------------------------------------------------

    private final class Units implements UnitRepository {
        @Override
        public Unit insert(Unit unit) {
            checkWritable();
            String where = "unit " + unit.id();
            return db(where, "inserting", () -> {
                if (em.find(UnitEntity.class, unit.id().value()) != null) {
                    throw duplicate(where, "unit id " + unit.id() + " is already stored");
                }
                if (unit.code() != null) {
                    em.createQuery("select u.id from DanganUnit u where u.code = :c", String.class)
                            .setParameter("c", unit.code().value()).getResultStream().findFirst().ifPresent(holder -> {
                                throw duplicate(where + "/code", "unit code " + unit.code() + " already belongs to unit "
                                        + holder + "; unit " + unit.id() + " cannot take it");
                            });
                }
                UnitId parent = unit.parent();
                if (parent != null && em.find(UnitEntity.class, parent.value()) == null) {
                    throw notFound(where + "/parent", "unit " + unit.id() + ": parent unit " + parent + " is not stored");
                }
                em.persist(UnitEntity.of(unit));
                return unit;
            });
        }

        @Override
        public Optional<Unit> find(UnitId id) {
            return db("unit " + id, "reading", () ->
                    Optional.ofNullable(em.find(UnitEntity.class, id.value())).map(UnitEntity::toValue));
        }

        @Override
        public List<Unit> children(UnitId parent) {
            return db("children of unit " + parent, "reading", () -> em.createQuery(
                            "select u from DanganUnit u where u.parentId = :p order by u.id", UnitEntity.class)
                    .setParameter("p", parent.value()).getResultStream().map(UnitEntity::toValue).toList());
        }

        @Override
        public List<Unit> all() {
            return db("units", "reading", () -> em.createQuery("select u from DanganUnit u order by u.id",
                    UnitEntity.class).getResultStream().map(UnitEntity::toValue).toList());
        }
    }

    // ---- dossiers --------------------------------------------------------------------------------

    private final class Dossiers implements DossierRepository {
        @Override
        public Dossier insert(Dossier dossier) {
            checkWritable();
            String where = "dossier " + dossier.id();
            requireVersionZero(dossier.version(), where);
            return db(where, "inserting", () -> {
                if (em.find(DossierEntity.class, dossier.id().value()) != null) {
                    throw duplicate(where, "dossier id " + dossier.id() + " is already stored");
                }
                checkReferences(dossier);
                checkOnePerSubject(dossier);
                em.persist(DossierEntity.of(dossier));
                return dossier;
            });
        }

        @Override
        public Dossier update(Dossier dossier) {
            checkWritable();
            String where = "dossier " + dossier.id();
            return db(where, "updating", () -> {
                DossierEntity e = em.find(DossierEntity.class, dossier.id().value());
                if (e == null) {
                    throw notFound(where, "dossier " + dossier.id() + " is not stored, cannot update it");
                }
                if (e.version() != dossier.version()) {
                    throw stale(where, e.version(), dossier.version());
                }
                checkReferences(dossier);
                checkOnePerSubject(dossier);
                e.copyFrom(dossier);
                em.flush();
                forceIncrement(e, dossier.version(), e.version());
                return e.toValue();
            });
        }

        private void checkReferences(Dossier dossier) {
            if (em.find(SubjectEntity.class, dossier.subject().value()) == null) {
                throw notFound("dossier " + dossier.id() + "/subject",
                        "dossier " + dossier.id() + ": subject " + dossier.subject() + " is not stored");
            }
            if (em.find(UnitEntity.class, dossier.custodian().value()) == null) {
                throw notFound("dossier " + dossier.id() + "/custodian",
                        "dossier " + dossier.id() + ": custodian unit " + dossier.custodian() + " is not stored");
            }
        }

        private void checkOnePerSubject(Dossier dossier) {
            em.createQuery("select d.id from DanganDossier d where d.subjectId = :s", String.class)
                    .setParameter("s", dossier.subject().value()).getResultStream()
                    .filter(existing -> !existing.equals(dossier.id().value())).findFirst().ifPresent(existing -> {
                        throw duplicate("dossier " + dossier.id() + "/subject", "subject " + dossier.subject()
                                + " already has dossier " + existing + "; one person, one dossier (一人一档)");
                    });
        }

        @Override
        public Optional<Dossier> find(DossierId id) {
            return db("dossier " + id, "reading", () ->
                    Optional.ofNullable(em.find(DossierEntity.class, id.value())).map(DossierEntity::toValue));
        }

        @Override
        public Optional<Dossier> findBySubject(SubjectId subject) {
            return db("dossier of subject " + subject, "reading", () -> em.createQuery(
                            "select d from DanganDossier d where d.subjectId = :s", DossierEntity.class)
                    .setParameter("s", subject.value()).getResultStream().findFirst().map(DossierEntity::toValue));
        }

        @Override
        public List<Dossier> findByCustodian(UnitId custodian) {
            return db("dossiers of unit " + custodian, "reading", () -> em.createQuery(
                            "select d from DanganDossier d where d.custodianId = :u order by d.id", DossierEntity.class)
                    .setParameter("u", custodian.value()).getResultStream().map(DossierEntity::toValue).toList());
        }

        @Override
        public Stream<Dossier> streamAll() {
            checkOpen();
            return batched((String last) -> db("dossiers", "streaming", () -> em.createQuery(
                            "select d from DanganDossier d where d.id > :last order by d.id", DossierEntity.class)
                    .setParameter("last", last == null ? "" : last).setMaxResults(DOSSIER_BATCH).getResultStream()
                    .map(DossierEntity::toValue).toList()), (List<Dossier> batch) -> batch.get(batch.size() - 1).id().value());
        }

        @Override
        public long count() {
            return db("dossiers", "counting", () ->
                    em.createQuery("select count(d) from DanganDossier d", Long.class).getSingleResult());
        }
    }

    // ---- materials -------------------------------------------------------------------------------

    private final class Materials implements MaterialRepository {
        @Override
        public Material insert(Material material) {
            checkWritable();
            String where = "material " + material.id();
            requireVersionZero(material.version(), where);
            return db(where, "inserting", () -> {
                if (em.find(MaterialEntity.class, material.id().value()) != null) {
                    throw duplicate(where, "material id " + material.id() + " is already stored");
                }
                checkDossier(material);
                em.persist(MaterialEntity.of(material));
                em.flush();
                persistContents(material);
                return material;
            });
        }

        @Override
        public Material update(Material material) {
            checkWritable();
            String where = "material " + material.id();
            return db(where, "updating", () -> {
                MaterialEntity e = em.find(MaterialEntity.class, material.id().value());
                if (e == null) {
                    throw notFound(where, "material " + material.id() + " is not stored, cannot update it");
                }
                if (e.version() != material.version()) {
                    throw stale(where, e.version(), material.version());
                }
                checkDossier(material);
                e.copyFrom(material);
                em.flush();
                forceIncrement(e, material.version(), e.version());
                Material updated = e.toValue(material.contents());
                List<ContentRef> stored = contentsOf(List.of(e.id())).getOrDefault(e.id(), List.of());
                if (!stored.equals(material.contents())) {
                    em.createQuery("delete from DanganMaterialContent c where c.materialId = :m")
                            .setParameter("m", e.id()).executeUpdate();
                    persistContents(material);
                }
                return updated;
            });
        }

        private void persistContents(Material material) {
            List<ContentRef> contents = material.contents();
            for (int i = 0; i < contents.size(); i++) {
                em.persist(MaterialContentEntity.of(material.id().value(), i, contents.get(i)));
            }
        }

        private void checkDossier(Material material) {
            if (em.find(DossierEntity.class, material.dossier().value()) == null) {
                throw notFound("material " + material.id() + "/dossier",
                        "material " + material.id() + ": dossier " + material.dossier() + " is not stored");
            }
        }

        @Override
        public Optional<Material> find(MaterialId id) {
            return db("material " + id, "reading", () -> {
                MaterialEntity e = em.find(MaterialEntity.class, id.value());
                return Optional.ofNullable(e).map(m -> withContents(List.of(m)).get(0));
            });
        }

        @Override
        public List<Material> findByDossier(DossierId dossier) {
            return db("materials of dossier " + dossier, "reading", () -> withContents(em.createQuery(
                            "select m from DanganMaterial m where m.dossierId = :d"
                                    + " order by m.classNumber, m.subClass, m.sequence, m.id", MaterialEntity.class)
                    .setParameter("d", dossier.value()).getResultList()));
        }

        @Override
        public List<Material> findByDossierAndCategory(DossierId dossier, MaterialCategory category) {
            return db("materials of dossier " + dossier + " in category " + category, "reading", () ->
                    withContents(em.createQuery("select m from DanganMaterial m where m.dossierId = :d"
                                    + " and m.classNumber = :c and m.subClass = :s order by m.sequence, m.id",
                                    MaterialEntity.class)
                            .setParameter("d", dossier.value()).setParameter("c", category.classNumber())
                            .setParameter("s", category.subClass()).getResultList()));
        }

        @Override
        public Stream<Material> streamAll() {
            checkOpen();
            // Batches of whole dossiers, keyed by the last dossier id: catalogue order within each dossier comes
            // from the index, and no offset is ever skipped over.
            Function<@Nullable String, List<DossierGroup>> next = last -> db("materials", "streaming", () -> {
                List<String> ids = em.createQuery(
                                "select d.id from DanganDossier d where d.id > :last order by d.id", String.class)
                        .setParameter("last", last == null ? "" : last).setMaxResults(MATERIAL_DOSSIER_BATCH)
                        .getResultList();
                if (ids.isEmpty()) {
                    return List.of();
                }
                List<Material> found = withContents(em.createQuery("select m from DanganMaterial m"
                                + " where m.dossierId in :ids"
                                + " order by m.dossierId, m.classNumber, m.subClass, m.sequence, m.id",
                        MaterialEntity.class).setParameter("ids", ids).getResultList());
                return List.of(new DossierGroup(ids.get(ids.size() - 1), found));
            });
            return batched(next, groups -> groups.get(groups.size() - 1).lastDossierId())
                    .flatMap(group -> group.materials().stream());
        }

        @Override
        public long count() {
            return db("materials", "counting", () ->
                    em.createQuery("select count(m) from DanganMaterial m", Long.class).getSingleResult());
        }

        /** Maps entities to values, loading their content references in batches. */
        private List<Material> withContents(List<MaterialEntity> entities) {
            Map<String, List<ContentRef>> contents = contentsOf(entities.stream().map(MaterialEntity::id).toList());
            List<Material> result = new ArrayList<>(entities.size());
            for (MaterialEntity e : entities) {
                result.add(e.toValue(contents.getOrDefault(e.id(), List.of())));
            }
            return result;
        }

        private Map<String, List<ContentRef>> contentsOf(List<String> materialIds) {
            Map<String, List<ContentRef>> result = new HashMap<>();
            for (int from = 0; from < materialIds.size(); from += CONTENT_BATCH) {
                List<String> chunk = materialIds.subList(from, Math.min(materialIds.size(), from + CONTENT_BATCH));
                em.createQuery("select c from DanganMaterialContent c where c.materialId in :ids"
                                + " order by c.materialId, c.ordinal", MaterialContentEntity.class)
                        .setParameter("ids", chunk).getResultStream()
                        .forEach(c -> result.computeIfAbsent(c.materialId(), k -> new ArrayList<>()).add(c.toValue()));
            }
            return result;
        }
    }

    /** The materials of a batch of dossiers, and the last of those dossiers' ids, where the next batch starts. */
    private record DossierGroup(String lastDossierId, List<Material> materials) {
    }

    /**
     * A stream that fetches batches lazily: {@code next} gets the key after which to continue ({@code null}
     * for the first batch) and returns an empty list when there is no more.
     */
    private static <B> Stream<B> batched(Function<@Nullable String, List<B>> next, Function<List<B>, String> lastKey) {
        Iterator<B> it = new Iterator<>() {
            private @Nullable String last;
            private List<B> batch = List.of();
            private int index;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (index < batch.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                if (!batch.isEmpty()) {
                    last = lastKey.apply(batch);
                }
                batch = next.apply(last);
                index = 0;
                done = batch.isEmpty();
                return !done;
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
