package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.DossierStatus;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.StoreSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The conformance contract (一致性契约) of {@link ArchiveStore}: what every metadata store must do,
 * written once and run against the in-memory store, H2 and PostgreSQL.
 *
 * <p>An implementation's whole test is a subclass with one hook:
 * <pre>{@code
 * class MyStoreTest extends ArchiveStoreContract {
 *     @Override protected ArchiveStore emptyStore() { return MyStore.fresh(); }
 * }
 * }</pre>
 *
 * <p>The behaviour is grouped in {@code @Nested} classes: subjects, units, dossiers, materials,
 * transactions, optimistic locking under concurrency, and ordered streaming. The concurrency tests use
 * real threads, so the store must be thread-safe as {@link ArchiveStore} requires.
 */
public abstract class ArchiveStoreContract {

    /** The store under test, fresh for each test. */
    protected ArchiveStore store;

    /**
     * Returns the store under test, holding no subjects, units, dossiers or materials. Called before
     * each test; an implementation may return a new store or empty a shared one (which is cheaper for a
     * database: delete the rows, keep the schema and the connection pool).
     *
     * @return an empty store
     */
    protected abstract ArchiveStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
        assertThat(store.read((StoreSession s) -> s.subjects().count() + s.dossiers().count() + s.materials().count()))
                .as("emptyStore() must return a store without subjects, dossiers or materials")
                .isZero();
        assertThat(store.read((StoreSession s) -> s.units().all())).as("emptyStore() must return a store without units").isEmpty();
    }

    // ---- fixtures ----------------------------------------------------------------------------------

    /**
     * A valid citizen id for a number 0-999, born 1980-01-01 plus {@code n / 10} days.
     *
     * @param n the number
     * @return the id
     */
    protected static CitizenId citizenId(int n) {
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n / 10);
        String body = "110105" + birth.toString().replace("-", "") + "%03d".formatted(n % 1000);
        return new CitizenId(body + CitizenId.checkCharacter(body));
    }

    /**
     * A valid unified social credit code for a number.
     *
     * @param n the number, 0 or more
     * @return the code
     */
    protected static UnitCode unitCode(int n) {
        String body = "1133010" + "%010d".formatted(n);
        return new UnitCode(body + UnitCode.checkCharacter(body));
    }

    /**
     * A subject with realistic fields.
     *
     * @param id the id
     * @param n the number of its citizen id, see {@link #citizenId(int)}
     * @return the subject at version 0
     */
    protected static Subject subject(String id, int n) {
        CitizenId cid = citizenId(n);
        return new Subject(SubjectId.of(id), cid, n % 2 == 0 ? "王建国" : "李秀英", cid.gender(), cid.birthDate(), "汉族",
                cid.birthDate().plusYears(22).withMonth(7).withDayOfMonth(1),
                n % 3 == 0 ? null : cid.birthDate().plusYears(25), EducationLevel.BACHELOR, TitleLevel.INTERMEDIATE,
                PostLevel.SECTION, 0);
    }

    /**
     * A unit with a code.
     *
     * @param id the id
     * @param n the number of its code
     * @param parent the parent, or {@code null}
     * @return the unit
     */
    protected static Unit unit(String id, int n, @Nullable String parent) {
        return new Unit(UnitId.of(id), "中共某县委组织部" + n, unitCode(n), parent == null ? null : UnitId.of(parent));
    }

    /**
     * A material with one scanned content file.
     *
     * @param id the id
     * @param dossier the dossier id
     * @param category the category code, e.g. {@code 4-1}
     * @param sequence the sequence, 0 for unfiled
     * @return the material at version 0
     */
    protected static Material material(String id, String dossier, String category, int sequence) {
        ContentRef scan = new ContentRef(id + ".tif", "image/tiff", 102_400,
                List.of(new Digest(DigestAlgorithm.SM3, "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")));
        return new Material(MaterialId.of(id), DossierId.of(dossier), MaterialCategory.of(category), "干部履历表",
                "RESUME", LocalDate.of(2010, 3, 1), "中共某县委组织部", LocalDate.of(2010, 3, 15), 3, List.of(scan),
                sequence == 0 ? MaterialStatus.RECEIVED : MaterialStatus.FILED, sequence, 0);
    }

    /** Stores unit {@code U1}, subject {@code S1} and its dossier {@code D1}. */
    protected void givenOneDossier() {
        store.write((StoreSession s) -> {
            s.units().insert(unit("U1", 1, null));
            s.subjects().insert(subject("S1", 1));
            return s.dossiers().insert(Dossier.open(DossierId.of("D1"), SubjectId.of("S1"), UnitId.of("U1")));
        });
    }

    private static void assertCode(ThrowingCallable call, Class<? extends ArchiveException> type, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(type)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    private <T> T write(java.util.function.Function<StoreSession, T> work) {
        return store.write(work);
    }

    private <T> T read(java.util.function.Function<StoreSession, T> work) {
        return store.read(work);
    }

    // ---- subjects ----------------------------------------------------------------------------------

    @Nested
    @DisplayName("Subjects (干部)")
    class Subjects {
        @Test
        @DisplayName("a stored subject reads back equal, by id and by citizen id")
        void roundTrip() {
            Subject s1 = subject("S1", 1);
            Subject s3 = subject("S3", 3);
            assertThat(s3.partyJoinDate()).isNull();
            assertThat(write((StoreSession s) -> s.subjects().insert(s1))).isEqualTo(s1);
            write((StoreSession s) -> s.subjects().insert(s3));
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S1")))).contains(s1);
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S3")))).contains(s3);
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(3)))).contains(s3);
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S2")))).isEmpty();
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(2)))).isEmpty();
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(2);
        }

        @Test
        @DisplayName("names with characters outside the basic plane (生僻字) survive storage")
        void supplementaryCharacters() {
            Subject s = subject("S1", 1);
            Subject rare = new Subject(s.id(), s.citizenId(), "王𠮷𡈽", s.gender(), s.birthDate(), "土家族",
                    s.workStartDate(), s.partyJoinDate(), s.education(), s.titleLevel(), s.postLevel(), 0);
            write((StoreSession x) -> x.subjects().insert(rare));
            assertThat(read((StoreSession x) -> x.subjects().find(s.id()))).contains(rare);
        }

        @Test
        @DisplayName("an update increments the version and replaces the stored state")
        void update() {
            Subject s1 = write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            Subject promoted = new Subject(s1.id(), s1.citizenId(), s1.name(), s1.gender(), s1.birthDate(),
                    s1.ethnicity(), s1.workStartDate(), s1.partyJoinDate(), EducationLevel.MASTER, TitleLevel.SENIOR,
                    PostLevel.DEPUTY_DIVISION, 0);
            Subject v1 = write((StoreSession s) -> s.subjects().update(promoted));
            assertThat(v1).isEqualTo(promoted.withVersion(1));
            assertThat(read((StoreSession s) -> s.subjects().find(s1.id()))).contains(v1);
            assertThat(write((StoreSession s) -> s.subjects().update(v1)).version()).isEqualTo(2);
        }

        @Test
        @DisplayName("a subject may change its citizen id, freeing the old one")
        void changeCitizenId() {
            Subject s1 = write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            Subject moved = subject("S1", 11);
            write((StoreSession s) -> s.subjects().update(moved));
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(1)))).isEmpty();
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(11)).map(Subject::id))).contains(s1.id());
            write((StoreSession s) -> s.subjects().insert(subject("S2", 1)));
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(2);
        }

        @Test
        @DisplayName("a second subject with the same id is a DUPLICATE")
        void duplicateId() {
            write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            assertCode(() -> write((StoreSession s) -> s.subjects().insert(subject("S1", 2))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(2)))).isEmpty();
        }

        @Test
        @DisplayName("a second subject with the same citizen id is a DUPLICATE, and nothing is written")
        void duplicateCitizenId() {
            write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            assertCode(() -> write((StoreSession s) -> s.subjects().insert(subject("S2", 1))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S2")))).isEmpty();
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(1);
        }

        @Test
        @DisplayName("updating a subject to a citizen id another subject holds is a DUPLICATE")
        void updateToTakenCitizenId() {
            write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            write((StoreSession s) -> s.subjects().insert(subject("S2", 2)));
            assertCode(() -> write((StoreSession s) -> s.subjects().update(subject("S2", 1))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S2")))).contains(subject("S2", 2));
        }

        @Test
        @DisplayName("updating a subject that is not stored is NOT_FOUND")
        void updateMissing() {
            assertCode(() -> write((StoreSession s) -> s.subjects().update(subject("S9", 9))), NotFoundException.class,
                    ErrorCode.NOT_FOUND);
            assertThat(read((StoreSession s) -> s.subjects().count())).isZero();
        }

        @Test
        @DisplayName("an update carrying a stale version is a CONCURRENT_UPDATE")
        void staleVersion() {
            Subject s1 = write((StoreSession s) -> s.subjects().insert(subject("S1", 1)));
            write((StoreSession s) -> s.subjects().update(s1));
            assertCode(() -> write((StoreSession s) -> s.subjects().update(s1)), ConflictException.class, ErrorCode.CONCURRENT_UPDATE);
            assertThat(read((StoreSession s) -> s.subjects().find(s1.id()).orElseThrow().version())).isEqualTo(1);
        }
    }

    // ---- units -------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Units (单位)")
    class Units {
        @Test
        @DisplayName("a stored unit reads back equal, with or without code and parent")
        void roundTrip() {
            Unit root = unit("U1", 1, null);
            Unit child = unit("U2", 2, "U1");
            Unit department = new Unit(UnitId.of("U3"), "干部监督科", null, UnitId.of("U2"));
            write((StoreSession s) -> {
                s.units().insert(root);
                s.units().insert(child);
                return s.units().insert(department);
            });
            assertThat(read((StoreSession s) -> s.units().find(UnitId.of("U1")))).contains(root);
            assertThat(read((StoreSession s) -> s.units().find(UnitId.of("U2")))).contains(child);
            assertThat(read((StoreSession s) -> s.units().find(UnitId.of("U3")))).contains(department);
            assertThat(read((StoreSession s) -> s.units().find(UnitId.of("U4")))).isEmpty();
        }

        @Test
        @DisplayName("children and all units come ordered by id")
        void ordering() {
            List<String> ids = List.of("b", "B", "A_1", "A1", "A.1", "A-1", "a", "9");
            write((StoreSession s) -> {
                s.units().insert(unit("P", 100, null));
                for (int i = 0; i < ids.size(); i++) {
                    s.units().insert(unit(ids.get(i), i, "P"));
                }
                return s.units().insert(unit("Q", 101, null));
            });
            List<String> sorted = new ArrayList<>(ids);
            Collections.sort(sorted);
            assertThat(read((StoreSession s) -> s.units().children(UnitId.of("P"))).stream().map(u -> u.id().value()))
                    .containsExactlyElementsOf(sorted);
            List<String> all = new ArrayList<>(sorted);
            all.add("P");
            all.add("Q");
            Collections.sort(all);
            assertThat(read((StoreSession s) -> s.units().all()).stream().map(u -> u.id().value())).containsExactlyElementsOf(all);
            assertThat(read((StoreSession s) -> s.units().children(UnitId.of("Q")))).isEmpty();
        }

        @Test
        @DisplayName("a second unit with the same id or the same unit code is a DUPLICATE")
        void duplicates() {
            write((StoreSession s) -> s.units().insert(unit("U1", 1, null)));
            assertCode(() -> write((StoreSession s) -> s.units().insert(unit("U1", 2, null))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertCode(() -> write((StoreSession s) -> s.units().insert(unit("U2", 1, null))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.units().all())).hasSize(1);
        }

        @Test
        @DisplayName("many units may have no code")
        void severalWithoutCode() {
            write((StoreSession s) -> {
                s.units().insert(new Unit(UnitId.of("U1"), "办公室", null, null));
                return s.units().insert(new Unit(UnitId.of("U2"), "档案室", null, null));
            });
            assertThat(read((StoreSession s) -> s.units().all())).hasSize(2);
        }

        @Test
        @DisplayName("a unit whose parent is not stored is NOT_FOUND")
        void missingParent() {
            assertCode(() -> write((StoreSession s) -> s.units().insert(unit("U2", 2, "U1"))), NotFoundException.class,
                    ErrorCode.NOT_FOUND);
            assertThat(read((StoreSession s) -> s.units().all())).isEmpty();
        }
    }

    // ---- dossiers ----------------------------------------------------------------------------------

    @Nested
    @DisplayName("Dossiers (档案)")
    class Dossiers {
        @Test
        @DisplayName("a stored dossier reads back equal, by id and by subject")
        void roundTrip() {
            givenOneDossier();
            Dossier d1 = Dossier.open(DossierId.of("D1"), SubjectId.of("S1"), UnitId.of("U1"));
            assertThat(read((StoreSession s) -> s.dossiers().find(d1.id()))).contains(d1);
            assertThat(read((StoreSession s) -> s.dossiers().findBySubject(SubjectId.of("S1")))).contains(d1);
            assertThat(read((StoreSession s) -> s.dossiers().findBySubject(SubjectId.of("S2")))).isEmpty();
            assertThat(read((StoreSession s) -> s.dossiers().find(DossierId.of("D2")))).isEmpty();
            assertThat(read((StoreSession s) -> s.dossiers().count())).isEqualTo(1);
        }

        @Test
        @DisplayName("an update stores status, tag code, location and custodian and increments the version")
        void update() {
            givenOneDossier();
            write((StoreSession s) -> s.units().insert(unit("U2", 2, null)));
            Dossier d1 = read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")).orElseThrow());
            Dossier changed = d1.withStatus(DossierStatus.ON_LOAN).withTagCode("E28011700000020A1B2C3D4E")
                    .withLocation("一号库房 3柜 2层").withCustodian(UnitId.of("U2"));
            Dossier v1 = write((StoreSession s) -> s.dossiers().update(changed));
            assertThat(v1).isEqualTo(changed.withVersion(1));
            assertThat(read((StoreSession s) -> s.dossiers().find(d1.id()))).contains(v1);
            assertThat(read((StoreSession s) -> s.dossiers().findByCustodian(UnitId.of("U1")))).isEmpty();
            assertThat(read((StoreSession s) -> s.dossiers().findByCustodian(UnitId.of("U2")))).containsExactly(v1);
        }

        @Test
        @DisplayName("a subject has at most one dossier (一人一档): a second one is a DUPLICATE")
        void oneDossierPerSubject() {
            givenOneDossier();
            assertCode(() -> write((StoreSession s) -> s.dossiers().insert(
                            Dossier.open(DossierId.of("D2"), SubjectId.of("S1"), UnitId.of("U1")))),
                    ConflictException.class, ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.dossiers().find(DossierId.of("D2")))).isEmpty();
        }

        @Test
        @DisplayName("a second dossier with the same id is a DUPLICATE")
        void duplicateId() {
            givenOneDossier();
            write((StoreSession s) -> s.subjects().insert(subject("S2", 2)));
            assertCode(() -> write((StoreSession s) -> s.dossiers().insert(
                            Dossier.open(DossierId.of("D1"), SubjectId.of("S2"), UnitId.of("U1")))),
                    ConflictException.class, ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.dossiers().findBySubject(SubjectId.of("S2")))).isEmpty();
        }

        @Test
        @DisplayName("a dossier whose subject or custodian is not stored is NOT_FOUND")
        void missingReferences() {
            givenOneDossier();
            write((StoreSession s) -> s.subjects().insert(subject("S2", 2)));
            assertCode(() -> write((StoreSession s) -> s.dossiers().insert(
                            Dossier.open(DossierId.of("D2"), SubjectId.of("S9"), UnitId.of("U1")))),
                    NotFoundException.class, ErrorCode.NOT_FOUND);
            assertCode(() -> write((StoreSession s) -> s.dossiers().insert(
                            Dossier.open(DossierId.of("D2"), SubjectId.of("S2"), UnitId.of("U9")))),
                    NotFoundException.class, ErrorCode.NOT_FOUND);
            Dossier d1 = read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")).orElseThrow());
            assertCode(() -> write((StoreSession s) -> s.dossiers().update(d1.withCustodian(UnitId.of("U9")))),
                    NotFoundException.class, ErrorCode.NOT_FOUND);
            assertThat(read((StoreSession s) -> s.dossiers().count())).isEqualTo(1);
            assertThat(read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")))).contains(d1);
        }

        @Test
        @DisplayName("updating a dossier that is not stored is NOT_FOUND")
        void updateMissing() {
            givenOneDossier();
            assertCode(() -> write((StoreSession s) -> s.dossiers().update(
                            Dossier.open(DossierId.of("D9"), SubjectId.of("S1"), UnitId.of("U1")))),
                    NotFoundException.class, ErrorCode.NOT_FOUND);
        }

        @Test
        @DisplayName("an update carrying a stale version is a CONCURRENT_UPDATE")
        void staleVersion() {
            givenOneDossier();
            Dossier d1 = read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")).orElseThrow());
            write((StoreSession s) -> s.dossiers().update(d1.withLocation("一号库房")));
            assertCode(() -> write((StoreSession s) -> s.dossiers().update(d1.withLocation("二号库房"))), ConflictException.class,
                    ErrorCode.CONCURRENT_UPDATE);
            assertThat(read((StoreSession s) -> s.dossiers().find(d1.id()).orElseThrow().location())).isEqualTo("一号库房");
        }

        @Test
        @DisplayName("dossiers of a custodian come ordered by id")
        void byCustodianOrdered() {
            write((StoreSession s) -> {
                s.units().insert(unit("U1", 1, null));
                s.units().insert(unit("U2", 2, null));
                for (int i = 0; i < 12; i++) {
                    s.subjects().insert(subject("S" + i, i));
                    s.dossiers().insert(Dossier.open(DossierId.of("D" + (char) ('z' - i)), SubjectId.of("S" + i),
                            UnitId.of(i % 3 == 0 ? "U2" : "U1")));
                }
                return null;
            });
            List<Dossier> ofU1 = read((StoreSession s) -> s.dossiers().findByCustodian(UnitId.of("U1")));
            assertThat(ofU1).hasSize(8).isSortedAccordingTo(Comparator.comparing(Dossier::id))
                    .allSatisfy(d -> assertThat(d.custodian()).isEqualTo(UnitId.of("U1")));
            assertThat(read((StoreSession s) -> s.dossiers().findByCustodian(UnitId.of("U2")))).hasSize(4)
                    .isSortedAccordingTo(Comparator.comparing(Dossier::id));
        }
    }

    // ---- materials ---------------------------------------------------------------------------------

    @Nested
    @DisplayName("Materials (档案材料)")
    class Materials {
        @Test
        @DisplayName("a stored material reads back equal, with every content reference and digest")
        void roundTrip() {
            givenOneDossier();
            ContentRef pdf = new ContentRef("任免审批表.pdf", "application/pdf", 0, List.of(
                    new Digest(DigestAlgorithm.SHA_256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                    new Digest(DigestAlgorithm.SM3, "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b")));
            ContentRef ofd = new ContentRef("scan-0001.ofd", "application/ofd", 5_000_000_000L,
                    List.of(new Digest(DigestAlgorithm.SM3, "0".repeat(64))));
            Material full = new Material(MaterialId.of("M1"), DossierId.of("D1"), MaterialCategory.of("4-1"),
                    "干部任免审批表（𠮷）", "APPOINTMENT", LocalDate.of(2012, 5, 4), "中共某市委组织部",
                    LocalDate.of(2012, 6, 1), 2, List.of(pdf, ofd), MaterialStatus.FILED, 7, 0);
            Material bare = new Material(MaterialId.of("M2"), DossierId.of("D1"), MaterialCategory.ofClass(10),
                    "其他材料", null, LocalDate.of(1999, 12, 31), "某乡人民政府", null, 1, List.of(),
                    MaterialStatus.RECEIVED, 0, 0);
            assertThat(write((StoreSession s) -> s.materials().insert(full))).isEqualTo(full);
            write((StoreSession s) -> s.materials().insert(bare));
            assertThat(read((StoreSession s) -> s.materials().find(full.id()))).contains(full);
            assertThat(read((StoreSession s) -> s.materials().find(bare.id()))).contains(bare);
            assertThat(read((StoreSession s) -> s.materials().find(MaterialId.of("M3")))).isEmpty();
            assertThat(read((StoreSession s) -> s.materials().count())).isEqualTo(2);
        }

        @Test
        @DisplayName("an update replaces category, sequence, status and contents and increments the version")
        void update() {
            givenOneDossier();
            Material m = write((StoreSession s) -> s.materials().insert(material("M1", "D1", "9", 0)));
            Material filed = new Material(m.id(), m.dossier(), MaterialCategory.of("9-2"), "政审材料", null,
                    m.formedDate(), m.sourceUnit(), null, 4, List.of(), MaterialStatus.FILED, 3, 0);
            Material v1 = write((StoreSession s) -> s.materials().update(filed));
            assertThat(v1).isEqualTo(filed.withVersion(1));
            assertThat(read((StoreSession s) -> s.materials().find(m.id()))).contains(v1);
            assertThat(read((StoreSession s) -> s.materials().findByDossierAndCategory(m.dossier(), MaterialCategory.of("9"))))
                    .isEmpty();
            assertThat(read((StoreSession s) -> s.materials().findByDossierAndCategory(m.dossier(), MaterialCategory.of("9-2"))))
                    .containsExactly(v1);
        }

        @Test
        @DisplayName("a material whose dossier is not stored is NOT_FOUND; a second one with the same id is a DUPLICATE")
        void missingDossierAndDuplicate() {
            givenOneDossier();
            assertCode(() -> write((StoreSession s) -> s.materials().insert(material("M1", "D9", "1", 1))), NotFoundException.class,
                    ErrorCode.NOT_FOUND);
            write((StoreSession s) -> s.materials().insert(material("M1", "D1", "1", 1)));
            assertCode(() -> write((StoreSession s) -> s.materials().insert(material("M1", "D1", "2", 1))), ConflictException.class,
                    ErrorCode.DUPLICATE);
            assertCode(() -> write((StoreSession s) -> s.materials().update(material("M9", "D1", "2", 1))), NotFoundException.class,
                    ErrorCode.NOT_FOUND);
            assertThat(read((StoreSession s) -> s.materials().findByDossier(DossierId.of("D1"))))
                    .containsExactly(material("M1", "D1", "1", 1));
        }

        @Test
        @DisplayName("an update carrying a stale version is a CONCURRENT_UPDATE")
        void staleVersion() {
            givenOneDossier();
            Material m = write((StoreSession s) -> s.materials().insert(material("M1", "D1", "1", 0)));
            write((StoreSession s) -> s.materials().update(m.filedAt(MaterialCategory.of("1"), 1)));
            assertCode(() -> write((StoreSession s) -> s.materials().update(m.withStatus(MaterialStatus.REJECTED))),
                    ConflictException.class, ErrorCode.CONCURRENT_UPDATE);
            assertThat(read((StoreSession s) -> s.materials().find(m.id()).orElseThrow().status())).isEqualTo(MaterialStatus.FILED);
        }

        @Test
        @DisplayName("a dossier's materials come in catalogue order: category, then sequence, then id")
        void catalogueOrder() {
            givenOneDossier();
            List<Material> expected = List.of(
                    material("m-b", "D1", "1", 0), material("m-c", "D1", "1", 1), material("m-a", "D1", "1", 2),
                    material("x", "D1", "4", 1), material("a", "D1", "4-1", 1), material("b", "D1", "4-1", 2),
                    material("c", "D1", "4-2", 1), material("A", "D1", "9-4", 5), material("B", "D1", "9-4", 5),
                    material("Z", "D1", "10", 1));
            List<Material> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(7));
            write((StoreSession s) -> {
                shuffled.forEach(s.materials()::insert);
                return null;
            });
            assertThat(read((StoreSession s) -> s.materials().findByDossier(DossierId.of("D1")))).containsExactlyElementsOf(expected);
            assertThat(read((StoreSession s) -> s.materials().findByDossierAndCategory(DossierId.of("D1"), MaterialCategory.of("4-1"))))
                    .containsExactlyElementsOf(expected.subList(4, 6));
            assertThat(read((StoreSession s) -> s.materials().findByDossierAndCategory(DossierId.of("D1"), MaterialCategory.of("4"))))
                    .containsExactly(expected.get(3));
            assertThat(read((StoreSession s) -> s.materials().findByDossierAndCategory(DossierId.of("D1"), MaterialCategory.of("5"))))
                    .isEmpty();
            assertThat(read((StoreSession s) -> s.materials().findByDossier(DossierId.of("D9")))).isEmpty();
        }
    }

    // ---- transactions ------------------------------------------------------------------------------

    @Nested
    @DisplayName("Transactions (事务)")
    class Transactions {
        @Test
        @DisplayName("a write returns its work's result and commits everything the work did")
        void commit() {
            String result = write((StoreSession s) -> {
                s.units().insert(unit("U1", 1, null));
                s.subjects().insert(subject("S1", 1));
                s.dossiers().insert(Dossier.open(DossierId.of("D1"), SubjectId.of("S1"), UnitId.of("U1")));
                s.materials().insert(material("M1", "D1", "1", 1));
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(read((StoreSession s) -> List.of(s.subjects().count(), s.dossiers().count(), s.materials().count(),
                    (long) s.units().all().size()))).containsExactly(1L, 1L, 1L, 1L);
        }

        @Test
        @DisplayName("a write sees its own changes before it commits")
        void readYourWrites() {
            Long materials = write((StoreSession s) -> {
                s.units().insert(unit("U1", 1, null));
                s.subjects().insert(subject("S1", 1));
                Dossier d = s.dossiers().insert(Dossier.open(DossierId.of("D1"), SubjectId.of("S1"), UnitId.of("U1")));
                s.materials().insert(material("M1", "D1", "1", 1));
                Dossier moved = s.dossiers().update(d.withLocation("二号库房"));
                assertThat(s.dossiers().find(d.id())).contains(moved);
                assertThat(s.subjects().findByCitizenId(citizenId(1))).isPresent();
                assertThat(s.materials().findByDossier(d.id())).hasSize(1);
                return s.materials().count();
            });
            assertThat(materials).isEqualTo(1);
        }

        @Test
        @DisplayName("when the work throws, nothing it did is kept and the same exception propagates")
        void rollbackOnException() {
            givenOneDossier();
            Dossier d1 = read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")).orElseThrow());
            IllegalStateException failure = new IllegalStateException("stop");
            assertThatThrownBy(() -> write((StoreSession s) -> {
                s.units().insert(unit("U2", 2, null));
                s.subjects().insert(subject("S2", 2));
                s.dossiers().insert(Dossier.open(DossierId.of("D2"), SubjectId.of("S2"), UnitId.of("U2")));
                s.materials().insert(material("M1", "D2", "1", 1));
                s.dossiers().update(d1.withStatus(DossierStatus.CLOSED));
                throw failure;
            })).isSameAs(failure);
            assertThat(read((StoreSession s) -> s.units().all()).stream().map(Unit::id)).containsExactly(UnitId.of("U1"));
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(1);
            assertThat(read((StoreSession s) -> s.subjects().findByCitizenId(citizenId(2)))).isEmpty();
            assertThat(read((StoreSession s) -> s.dossiers().count())).isEqualTo(1);
            assertThat(read((StoreSession s) -> s.materials().count())).isZero();
            assertThat(read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")))).contains(d1);
            write((StoreSession s) -> s.subjects().insert(subject("S2", 2)));
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(2);
        }

        @Test
        @DisplayName("when a repository rejects a change, the changes before it in the same write are rolled back")
        void rollbackOnArchiveException() {
            givenOneDossier();
            assertCode(() -> write((StoreSession s) -> {
                s.subjects().insert(subject("S2", 2));
                s.units().insert(unit("U2", 2, null));
                return s.subjects().insert(subject("S3", 1));
            }), ConflictException.class, ErrorCode.DUPLICATE);
            assertThat(read((StoreSession s) -> s.subjects().find(SubjectId.of("S2")))).isEmpty();
            assertThat(read((StoreSession s) -> s.units().find(UnitId.of("U2")))).isEmpty();
        }

        @Test
        @DisplayName("a read session refuses changes")
        void readSessionIsReadOnly() {
            assertThatThrownBy(() -> read((StoreSession s) -> s.units().insert(unit("U1", 1, null))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(read((StoreSession s) -> s.units().all())).isEmpty();
        }

        @Test
        @DisplayName("a session used after its work returned is refused")
        void sessionDoesNotEscape() {
            AtomicReference<StoreSession> escaped = new AtomicReference<>();
            write((StoreSession s) -> {
                escaped.set(s);
                return null;
            });
            assertThatThrownBy(() -> escaped.get().subjects().insert(subject("S1", 1)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(read((StoreSession s) -> s.subjects().count())).isZero();
        }

        @Test
        @DisplayName("a read session started before a write commits does not see half of it")
        void readsSeeCommittedState() {
            givenOneDossier();
            write((StoreSession s) -> {
                s.subjects().insert(subject("S2", 2));
                assertThat(read((StoreSession r) -> r.subjects().count())).as("uncommitted change visible").isEqualTo(1);
                return null;
            });
            assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(2);
        }
    }

    // ---- optimistic locking under concurrency ------------------------------------------------------

    @Nested
    @DisplayName("Concurrent writers (并发)")
    class Concurrency {
        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("two threads updating the same dossier: one wins, the other gets CONCURRENT_UPDATE, nothing is lost")
        void optimisticLocking() throws Exception {
            givenOneDossier();
            DossierId id = DossierId.of("D1");
            CyclicBarrier bothRead = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Object> moveIt = () -> {
                    Dossier mine = read((StoreSession s) -> s.dossiers().find(id).orElseThrow());
                    bothRead.await(30, TimeUnit.SECONDS);
                    try {
                        return write((StoreSession s) -> s.dossiers().update(mine.withLocation("三号库房")));
                    } catch (ConflictException e) {
                        return e;
                    }
                };
                Callable<Object> tagIt = () -> {
                    Dossier mine = read((StoreSession s) -> s.dossiers().find(id).orElseThrow());
                    bothRead.await(30, TimeUnit.SECONDS);
                    try {
                        return write((StoreSession s) -> s.dossiers().update(mine.withTagCode("TAG-0001")));
                    } catch (ConflictException e) {
                        return e;
                    }
                };
                Future<Object> a = pool.submit(moveIt);
                Future<Object> b = pool.submit(tagIt);
                List<Object> outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
                List<Dossier> winners = outcomes.stream().filter(Dossier.class::isInstance).map(Dossier.class::cast)
                        .toList();
                List<ConflictException> losers = outcomes.stream().filter(ConflictException.class::isInstance)
                        .map(ConflictException.class::cast).toList();
                assertThat(winners).hasSize(1);
                assertThat(losers).hasSize(1);
                assertThat(losers.get(0).code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE);
                Dossier winner = winners.get(0);
                assertThat(winner.version()).isEqualTo(1);
                assertThat(read((StoreSession s) -> s.dossiers().find(id))).contains(winner);

                // the loser reads again and retries: both changes are kept
                boolean moveWon = winner.location() != null;
                Dossier fresh = read((StoreSession s) -> s.dossiers().find(id).orElseThrow());
                Dossier retried = write((StoreSession s) -> s.dossiers().update(
                        moveWon ? fresh.withTagCode("TAG-0001") : fresh.withLocation("三号库房")));
                assertThat(retried.version()).isEqualTo(2);
                assertThat(read((StoreSession s) -> s.dossiers().find(id).orElseThrow()))
                        .satisfies(d -> assertThat(d.location()).isEqualTo("三号库房"))
                        .satisfies(d -> assertThat(d.tagCode()).isEqualTo("TAG-0001"))
                        .satisfies(d -> assertThat(d.version()).isEqualTo(2));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("two threads inserting subjects with the same citizen id: one is stored, the other is a DUPLICATE")
        void concurrentDuplicateCitizenId() throws Exception {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> futures = new ArrayList<>();
                for (String id : List.of("S1", "S2")) {
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            return write((StoreSession s) -> s.subjects().insert(subject(id, 5)));
                        } catch (ConflictException e) {
                            return e;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> f : futures) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(Subject.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
                        .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(ErrorCode.DUPLICATE));
                assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("writers on different entities all commit")
        void independentWriters() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Subject>> futures = IntStream.range(0, 40)
                        .mapToObj(i -> pool.submit(() -> write((StoreSession s) -> s.subjects().insert(subject("S" + i, i)))))
                        .toList();
                for (Future<Subject> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertThat(read((StoreSession s) -> s.subjects().count())).isEqualTo(40);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ---- streaming and counts ----------------------------------------------------------------------

    @Nested
    @DisplayName("Streaming and counts (遍历与计数)")
    class Streaming {
        @Test
        @DisplayName("every dossier streams once, ordered by id, and the count agrees")
        void streamDossiers() {
            write((StoreSession s) -> {
                s.units().insert(unit("U1", 1, null));
                for (int i = 0; i < 250; i++) {
                    s.subjects().insert(subject("S" + i, i));
                    s.dossiers().insert(Dossier.open(DossierId.of("D" + (i * 7919 % 250)), SubjectId.of("S" + i),
                            UnitId.of("U1")));
                }
                return null;
            });
            List<DossierId> streamed = read((StoreSession s) -> {
                try (Stream<Dossier> all = s.dossiers().streamAll()) {
                    return all.map(Dossier::id).toList();
                }
            });
            assertThat(streamed).hasSize(250).doesNotHaveDuplicates().isSorted();
            assertThat(read((StoreSession s) -> s.dossiers().count())).isEqualTo(250);
        }

        @Test
        @DisplayName("every material streams once, ordered by dossier, category, sequence and id, and the count agrees")
        void streamMaterials() {
            List<Material> expected = new ArrayList<>();
            write((StoreSession s) -> {
                s.units().insert(unit("U1", 1, null));
                for (int d = 0; d < 3; d++) {
                    s.subjects().insert(subject("S" + d, d));
                    s.dossiers().insert(Dossier.open(DossierId.of("D" + d), SubjectId.of("S" + d), UnitId.of("U1")));
                }
                List<String> categories = List.of("1", "2", "4-1", "4-2", "9-1", "10");
                Random random = new Random(42);
                for (int i = 0; i < 600; i++) {
                    Material m = material("M" + i, "D" + random.nextInt(3),
                            categories.get(random.nextInt(categories.size())), random.nextInt(20));
                    expected.add(m);
                    s.materials().insert(m);
                }
                return null;
            });
            expected.sort(Comparator.comparing(Material::dossier).thenComparing(Material::category)
                    .thenComparingInt(Material::sequence).thenComparing(Material::id));
            List<Material> streamed = read((StoreSession s) -> {
                try (Stream<Material> all = s.materials().streamAll()) {
                    return all.collect(Collectors.toList());
                }
            });
            assertThat(streamed).containsExactlyElementsOf(expected);
            assertThat(read((StoreSession s) -> s.materials().count())).isEqualTo(600);
        }

        @Test
        @DisplayName("an empty store streams nothing and counts zero")
        void empty() {
            assertThat(read((StoreSession s) -> s.dossiers().streamAll().count())).isZero();
            assertThat(read((StoreSession s) -> s.materials().streamAll().count())).isZero();
            assertThat(read((StoreSession s) -> s.materials().count() + s.dossiers().count() + s.subjects().count())).isZero();
        }
    }

    @Nested
    @DisplayName("filing records: hand-overs, reviews, the missing-materials register, declared facts")
    class FilingRecords extends FilingRecordsContract {
        @Override
        protected ArchiveStore store() {
            return store;
        }
    }
}
