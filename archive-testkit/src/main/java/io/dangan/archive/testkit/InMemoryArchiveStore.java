package io.dangan.archive.testkit;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.DeclaredFactsRepository;
import io.dangan.archive.store.DossierRepository;
import io.dangan.archive.store.HandOverRepository;
import io.dangan.archive.store.MissingMaterialRepository;
import io.dangan.archive.store.ReviewRepository;
import io.dangan.archive.store.MaterialRepository;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.store.SubjectRepository;
import io.dangan.archive.store.UnitRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An {@link ArchiveStore} held in memory (内存存储), for tests and examples. It passes the same
 * {@link io.dangan.archive.testkit.tck.ArchiveStoreContract} as the database-backed stores.
 *
 * <p>Semantics: write sessions are serialized (one at a time, in arrival order); each works on a
 * staged copy of the committed state, which replaces the committed state only when the work returns
 * normally, so a work function that throws leaves nothing behind. Read sessions see the state committed
 * when they started (snapshot isolation) and never block. Updates carry the version they were read at;
 * a stale version yields {@link ConflictException} {@code CONCURRENT_UPDATE}, so two callers who read
 * the same dossier and both update it see one success and one conflict, as on a database with optimistic
 * locking.
 *
 * <p>Each write copies the maps it changes, so a write costs time linear in the size of those maps;
 * this is a fake for tests, not a production store. Thread-safe.
 */
public final class InMemoryArchiveStore implements ArchiveStore {

    /**
     * A material's place in catalogue order across dossiers: dossier, category, sequence, id. Ids sort by
     * their text; the empty string and U+FFFF bound every valid (ASCII) id from below and above.
     */
    private record CatalogueKey(String dossier, int classNumber, int subClass, int sequence, String id)
            implements Comparable<CatalogueKey> {
        private static final Comparator<CatalogueKey> ORDER = Comparator.comparing(CatalogueKey::dossier)
                .thenComparingInt(CatalogueKey::classNumber)
                .thenComparingInt(CatalogueKey::subClass)
                .thenComparingInt(CatalogueKey::sequence)
                .thenComparing(CatalogueKey::id);

        static CatalogueKey of(Material m) {
            return new CatalogueKey(m.dossier().value(), m.category().classNumber(), m.category().subClass(),
                    m.sequence(), m.id().value());
        }

        static CatalogueKey lowest(DossierId dossier, int classNumber, int subClass) {
            return new CatalogueKey(dossier.value(), classNumber, subClass, Integer.MIN_VALUE, "");
        }

        static CatalogueKey highest(DossierId dossier, int classNumber, int subClass) {
            return new CatalogueKey(dossier.value(), classNumber, subClass, Integer.MAX_VALUE, "\uffff");
        }

        @Override
        public int compareTo(CatalogueKey o) {
            return ORDER.compare(this, o);
        }
    }

    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile State committed = new State();

    /** Creates an empty store. */
    public InMemoryArchiveStore() {
    }

    @Override
    public <T> T read(Function<? super StoreSession, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        Session session = new Session(committed, false);
        try {
            return work.apply(session);
        } finally {
            session.open = false;
        }
    }

    @Override
    public <T> T write(Function<? super StoreSession, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("write sessions do not nest: this thread is already inside write()");
        }
        writeLock.lock();
        try {
            State staged = committed.stage();
            Session session = new Session(staged, true);
            T result;
            try {
                result = work.apply(session);
            } finally {
                session.open = false;
            }
            committed = staged;
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The committed state, or a staged copy of it. A staged copy shares the committed maps until it
     * first changes one (copy on first write); committed maps are never changed after publication.
     */
    private static final class State {
        private NavigableMap<SubjectId, Subject> subjects;
        private Map<CitizenId, SubjectId> subjectsByCitizenId;
        private NavigableMap<UnitId, Unit> units;
        private Map<UnitCode, UnitId> unitsByCode;
        private NavigableMap<DossierId, Dossier> dossiers;
        private Map<SubjectId, DossierId> dossiersBySubject;
        private Map<MaterialId, Material> materials;
        private NavigableMap<CatalogueKey, Material> catalogue;
        private final InMemoryFilingRecords filing;
        private boolean subjectsCopied;
        private boolean unitsCopied;
        private boolean dossiersCopied;
        private boolean materialsCopied;

        State() {
            subjects = new TreeMap<>();
            subjectsByCitizenId = new HashMap<>();
            units = new TreeMap<>();
            unitsByCode = new HashMap<>();
            dossiers = new TreeMap<>();
            dossiersBySubject = new HashMap<>();
            materials = new HashMap<>();
            catalogue = new TreeMap<>();
            filing = new InMemoryFilingRecords();
        }

        private State(State base) {
            subjects = base.subjects;
            subjectsByCitizenId = base.subjectsByCitizenId;
            units = base.units;
            unitsByCode = base.unitsByCode;
            dossiers = base.dossiers;
            dossiersBySubject = base.dossiersBySubject;
            materials = base.materials;
            catalogue = base.catalogue;
            filing = base.filing.stage();
        }

        State stage() {
            return new State(this);
        }

        void changingSubjects() {
            if (!subjectsCopied) {
                subjects = new TreeMap<>(subjects);
                subjectsByCitizenId = new HashMap<>(subjectsByCitizenId);
                subjectsCopied = true;
            }
        }

        void changingUnits() {
            if (!unitsCopied) {
                units = new TreeMap<>(units);
                unitsByCode = new HashMap<>(unitsByCode);
                unitsCopied = true;
            }
        }

        void changingDossiers() {
            if (!dossiersCopied) {
                dossiers = new TreeMap<>(dossiers);
                dossiersBySubject = new HashMap<>(dossiersBySubject);
                dossiersCopied = true;
            }
        }

        void changingMaterials() {
            if (!materialsCopied) {
                materials = new HashMap<>(materials);
                catalogue = new TreeMap<>(catalogue);
                materialsCopied = true;
            }
        }
    }

    /** One session over a state; writable only for write sessions. */
    private static final class Session implements StoreSession, SubjectRepository, UnitRepository {
        private final State state;
        private final boolean writable;
        private volatile boolean open = true;
        private final Dossiers dossierRepository = new Dossiers();
        private final Materials materialRepository = new Materials();
        private final InMemoryFilingRecords.Repositories filingRepositories;

        Session(State state, boolean writable) {
            this.state = state;
            this.writable = writable;
            this.filingRepositories = state.filing.new Repositories(id -> state.dossiers.containsKey(id),
                    id -> state.materials.containsKey(id), this::checkWritable, this::checkOpen);
        }

        @Override
        public SubjectRepository subjects() {
            checkOpen();
            return this;
        }

        @Override
        public UnitRepository units() {
            checkOpen();
            return this;
        }

        @Override
        public DossierRepository dossiers() {
            checkOpen();
            return dossierRepository;
        }

        @Override
        public MaterialRepository materials() {
            checkOpen();
            return materialRepository;
        }

        @Override
        public HandOverRepository handOvers() {
            checkOpen();
            return filingRepositories.handOvers;
        }

        @Override
        public ReviewRepository reviews() {
            checkOpen();
            return filingRepositories.reviews;
        }

        @Override
        public MissingMaterialRepository missingMaterials() {
            checkOpen();
            return filingRepositories.missing;
        }

        @Override
        public DeclaredFactsRepository declaredFacts() {
            checkOpen();
            return filingRepositories.facts;
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

        // ---- subjects ----------------------------------------------------------------------

        @Override
        public Subject insert(Subject subject) {
            Objects.requireNonNull(subject, "subject");
            checkWritable();
            requireVersionZero(subject.version(), "subject " + subject.id());
            if (state.subjects.containsKey(subject.id())) {
                throw duplicate("subject " + subject.id(), "subject id " + subject.id() + " is already stored");
            }
            SubjectId holder = state.subjectsByCitizenId.get(subject.citizenId());
            if (holder != null) {
                throw duplicate("subject " + subject.id() + "/citizenId", "citizen id " + subject.citizenId().masked()
                        + " already belongs to subject " + holder + "; subject " + subject.id() + " cannot take it");
            }
            state.changingSubjects();
            state.subjects.put(subject.id(), subject);
            state.subjectsByCitizenId.put(subject.citizenId(), subject.id());
            return subject;
        }

        @Override
        public Subject update(Subject subject) {
            Objects.requireNonNull(subject, "subject");
            checkWritable();
            Subject stored = state.subjects.get(subject.id());
            if (stored == null) {
                throw notFound("subject " + subject.id(), "subject " + subject.id() + " is not stored, cannot update it");
            }
            checkVersion("subject " + subject.id(), stored.version(), subject.version());
            SubjectId holder = state.subjectsByCitizenId.get(subject.citizenId());
            if (holder != null && !holder.equals(subject.id())) {
                throw duplicate("subject " + subject.id() + "/citizenId", "citizen id " + subject.citizenId().masked()
                        + " already belongs to subject " + holder + "; subject " + subject.id() + " cannot take it");
            }
            Subject updated = subject.withVersion(stored.version() + 1);
            state.changingSubjects();
            state.subjectsByCitizenId.remove(stored.citizenId());
            state.subjects.put(updated.id(), updated);
            state.subjectsByCitizenId.put(updated.citizenId(), updated.id());
            return updated;
        }

        @Override
        public Optional<Subject> find(SubjectId id) {
            Objects.requireNonNull(id, "id");
            checkOpen();
            return Optional.ofNullable(state.subjects.get(id));
        }

        @Override
        public Optional<Subject> findByCitizenId(CitizenId citizenId) {
            Objects.requireNonNull(citizenId, "citizenId");
            checkOpen();
            SubjectId id = state.subjectsByCitizenId.get(citizenId);
            return id == null ? Optional.empty() : Optional.of(state.subjects.get(id));
        }

        @Override
        public long count() {
            checkOpen();
            return state.subjects.size();
        }

        // ---- units -------------------------------------------------------------------------

        @Override
        public Unit insert(Unit unit) {
            Objects.requireNonNull(unit, "unit");
            checkWritable();
            if (state.units.containsKey(unit.id())) {
                throw duplicate("unit " + unit.id(), "unit id " + unit.id() + " is already stored");
            }
            UnitCode code = unit.code();
            if (code != null && state.unitsByCode.containsKey(code)) {
                throw duplicate("unit " + unit.id() + "/code", "unit code " + code + " already belongs to unit "
                        + state.unitsByCode.get(code) + "; unit " + unit.id() + " cannot take it");
            }
            UnitId parent = unit.parent();
            if (parent != null && !state.units.containsKey(parent)) {
                throw notFound("unit " + unit.id() + "/parent",
                        "unit " + unit.id() + ": parent unit " + parent + " is not stored");
            }
            state.changingUnits();
            state.units.put(unit.id(), unit);
            if (code != null) {
                state.unitsByCode.put(code, unit.id());
            }
            return unit;
        }

        @Override
        public Optional<Unit> find(UnitId id) {
            Objects.requireNonNull(id, "id");
            checkOpen();
            return Optional.ofNullable(state.units.get(id));
        }

        @Override
        public List<Unit> children(UnitId parent) {
            Objects.requireNonNull(parent, "parent");
            checkOpen();
            return state.units.values().stream().filter(u -> parent.equals(u.parent())).toList();
        }

        @Override
        public List<Unit> all() {
            checkOpen();
            return List.copyOf(state.units.values());
        }

        // ---- dossiers ----------------------------------------------------------------------

        private final class Dossiers implements DossierRepository {
            @Override
            public Dossier insert(Dossier dossier) {
                Objects.requireNonNull(dossier, "dossier");
                checkWritable();
                String where = "dossier " + dossier.id();
                requireVersionZero(dossier.version(), where);
                if (state.dossiers.containsKey(dossier.id())) {
                    throw duplicate(where, "dossier id " + dossier.id() + " is already stored");
                }
                checkReferences(dossier);
                DossierId existing = state.dossiersBySubject.get(dossier.subject());
                if (existing != null) {
                    throw duplicate(where + "/subject", "subject " + dossier.subject() + " already has dossier "
                            + existing + "; one person, one dossier (一人一档)");
                }
                state.changingDossiers();
                state.dossiers.put(dossier.id(), dossier);
                state.dossiersBySubject.put(dossier.subject(), dossier.id());
                return dossier;
            }

            @Override
            public Dossier update(Dossier dossier) {
                Objects.requireNonNull(dossier, "dossier");
                checkWritable();
                String where = "dossier " + dossier.id();
                Dossier stored = state.dossiers.get(dossier.id());
                if (stored == null) {
                    throw notFound(where, "dossier " + dossier.id() + " is not stored, cannot update it");
                }
                checkVersion(where, stored.version(), dossier.version());
                checkReferences(dossier);
                DossierId existing = state.dossiersBySubject.get(dossier.subject());
                if (existing != null && !existing.equals(dossier.id())) {
                    throw duplicate(where + "/subject", "subject " + dossier.subject() + " already has dossier "
                            + existing + "; one person, one dossier (一人一档)");
                }
                Dossier updated = dossier.withVersion(stored.version() + 1);
                state.changingDossiers();
                state.dossiersBySubject.remove(stored.subject());
                state.dossiers.put(updated.id(), updated);
                state.dossiersBySubject.put(updated.subject(), updated.id());
                return updated;
            }

            private void checkReferences(Dossier dossier) {
                if (!state.subjects.containsKey(dossier.subject())) {
                    throw notFound("dossier " + dossier.id() + "/subject",
                            "dossier " + dossier.id() + ": subject " + dossier.subject() + " is not stored");
                }
                if (!state.units.containsKey(dossier.custodian())) {
                    throw notFound("dossier " + dossier.id() + "/custodian",
                            "dossier " + dossier.id() + ": custodian unit " + dossier.custodian() + " is not stored");
                }
            }

            @Override
            public Optional<Dossier> find(DossierId id) {
                Objects.requireNonNull(id, "id");
                checkOpen();
                return Optional.ofNullable(state.dossiers.get(id));
            }

            @Override
            public Optional<Dossier> findBySubject(SubjectId subject) {
                Objects.requireNonNull(subject, "subject");
                checkOpen();
                DossierId id = state.dossiersBySubject.get(subject);
                return id == null ? Optional.empty() : Optional.of(state.dossiers.get(id));
            }

            @Override
            public List<Dossier> findByCustodian(UnitId custodian) {
                Objects.requireNonNull(custodian, "custodian");
                checkOpen();
                return state.dossiers.values().stream().filter(d -> d.custodian().equals(custodian)).toList();
            }

            @Override
            public Stream<Dossier> streamAll() {
                checkOpen();
                return state.dossiers.values().stream();
            }

            @Override
            public long count() {
                checkOpen();
                return state.dossiers.size();
            }
        }

        // ---- materials ---------------------------------------------------------------------

        private final class Materials implements MaterialRepository {
            @Override
            public Material insert(Material material) {
                Objects.requireNonNull(material, "material");
                checkWritable();
                String where = "material " + material.id();
                requireVersionZero(material.version(), where);
                if (state.materials.containsKey(material.id())) {
                    throw duplicate(where, "material id " + material.id() + " is already stored");
                }
                checkDossier(material);
                state.changingMaterials();
                state.materials.put(material.id(), material);
                state.catalogue.put(CatalogueKey.of(material), material);
                return material;
            }

            @Override
            public Material update(Material material) {
                Objects.requireNonNull(material, "material");
                checkWritable();
                String where = "material " + material.id();
                Material stored = state.materials.get(material.id());
                if (stored == null) {
                    throw notFound(where, "material " + material.id() + " is not stored, cannot update it");
                }
                checkVersion(where, stored.version(), material.version());
                checkDossier(material);
                Material updated = material.withVersion(stored.version() + 1);
                state.changingMaterials();
                state.catalogue.remove(CatalogueKey.of(stored));
                state.materials.put(updated.id(), updated);
                state.catalogue.put(CatalogueKey.of(updated), updated);
                return updated;
            }

            private void checkDossier(Material material) {
                if (!state.dossiers.containsKey(material.dossier())) {
                    throw notFound("material " + material.id() + "/dossier",
                            "material " + material.id() + ": dossier " + material.dossier() + " is not stored");
                }
            }

            @Override
            public Optional<Material> find(MaterialId id) {
                Objects.requireNonNull(id, "id");
                checkOpen();
                return Optional.ofNullable(state.materials.get(id));
            }

            @Override
            public List<Material> findByDossier(DossierId dossier) {
                Objects.requireNonNull(dossier, "dossier");
                checkOpen();
                return List.copyOf(state.catalogue.subMap(
                        CatalogueKey.lowest(dossier, Integer.MIN_VALUE, Integer.MIN_VALUE), true,
                        CatalogueKey.highest(dossier, Integer.MAX_VALUE, Integer.MAX_VALUE), true).values());
            }

            @Override
            public List<Material> findByDossierAndCategory(DossierId dossier, MaterialCategory category) {
                Objects.requireNonNull(dossier, "dossier");
                Objects.requireNonNull(category, "category");
                checkOpen();
                int c = category.classNumber();
                int sub = category.subClass();
                return List.copyOf(state.catalogue.subMap(
                        CatalogueKey.lowest(dossier, c, sub), true, CatalogueKey.highest(dossier, c, sub), true).values());
            }

            @Override
            public Stream<Material> streamAll() {
                checkOpen();
                return state.catalogue.values().stream();
            }

            @Override
            public long count() {
                checkOpen();
                return state.materials.size();
            }
        }
    }

    private static void requireVersionZero(long version, String what) {
        if (version != 0) {
            throw new IllegalArgumentException(what + " has version " + version + ", expected 0 for an insert");
        }
    }

    private static void checkVersion(String where, long stored, long given) {
        if (stored != given) {
            throw new ConflictException(ErrorCode.CONCURRENT_UPDATE, where, where + " was read at version " + given
                    + " but the store holds version " + stored + "; another transaction changed it first, read it again");
        }
    }

    private static ConflictException duplicate(String where, String message) {
        return new ConflictException(ErrorCode.DUPLICATE, where, message);
    }

    private static NotFoundException notFound(String where, String message) {
        return new NotFoundException(ErrorCode.NOT_FOUND, where, message);
    }
}
