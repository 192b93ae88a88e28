package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.core.ContentStores;
import io.dangan.archive.core.GuardedArchives;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.core.persistence.AuditLogs;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.InMemoryContentStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.access.AccessWorld;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The testkit's standard access world made real: an archive (in-memory store, SM3 content store, SM2 seal key,
 * in-memory hash-chained audit log as its event sink) holding the world's four dossiers with content, a directory
 * loaded from the world plus three archivists the standard world lacks, the baseline policy, and the guarded
 * archive over all of it. Labels: classes 5 and 8 are secret, the rest internal.
 */
final class GuardedWorld {
    static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
    private static final SigningKey KEY = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom());

    /** An archivist of the county whose own dossier is {@link AccessWorld#READERS_OWN}. */
    static final PrincipalId SELF_ARCHIVIST = PrincipalId.of("archivist-zhou");
    /** An archivist of the county who is a sibling of the subject of {@link AccessWorld#RELATIVES}. */
    static final PrincipalId RELATIVE_ARCHIVIST = PrincipalId.of("archivist-wang");
    /** An archivist of the county cleared for internal material only. */
    static final PrincipalId LOW_ARCHIVIST = PrincipalId.of("archivist-he");

    final ManualClock clock = ManualClock.at(T0);
    final AccessWorld world = AccessWorld.standard(T0);
    final MemoryAccessDirectory directory = new MemoryAccessDirectory();
    final InMemoryArchiveStore store = new InMemoryArchiveStore();
    final CountingContentStore contents = new CountingContentStore(new InMemoryContentStore(
            ContentStores.hashers(EnumSet.allOf(DigestAlgorithm.class)), DigestAlgorithm.SM3, 64L * 1024 * 1024));
    final AuditLog log = AuditLogs.inMemory(KeyProviders.of(Map.of("audit", KEY)).signer("audit"), clock);
    final Archive archive = Archives.builder().clock(clock).store(store).events(log).contentStore(contents)
            .keys(KeyProviders.of(Map.of("seal", KEY)), "seal").build();
    final AccessControl control;
    final AccessGuard guard;
    final ApprovalService approvals;
    final GuardedArchive guarded;
    private final Fixtures fixtures = Fixtures.seeded(17);
    private final Random random = new Random(3);

    GuardedWorld() {
        world.unitTree().forEach(directory::unit);
        world.principals().forEach(directory::principal);
        world.dossiers().forEach(directory::dossier);
        world.kinships().forEach(directory::kinship);
        world.approvals().forEach(directory::approval);
        directory.principal(new Principal(SELF_ARCHIVIST, SubjectId.of("p-zhou"), Set.of(AccessWorld.COUNTY),
                Set.of(Role.ARCHIVIST), Classification.SECRET));
        directory.principal(new Principal(RELATIVE_ARCHIVIST, SubjectId.of("p-wang-sister"), Set.of(AccessWorld.COUNTY),
                Set.of(Role.ARCHIVIST), Classification.SECRET));
        directory.kinship(new Kinship(SubjectId.of("p-wang"), SubjectId.of("p-wang-sister"), RelationKind.SIBLING));
        directory.principal(new Principal(LOW_ARCHIVIST, SubjectId.of("p-he"), Set.of(AccessWorld.COUNTY),
                Set.of(Role.ARCHIVIST), Classification.INTERNAL));
        control = Access.decisionPoint(directory, AccessPolicy.baseline(), log);
        guard = Access.guard(control, log);
        approvals = Access.approvals(directory, directory, control, log, clock);
        guarded = GuardedArchives.builder(archive, control, guard).labels(GuardedWorld::label).auditLog(log)
                .approvals(approvals).build();

        Map<UnitId, UnitId> tree = world.unitTree();
        for (UnitId u : List.of(AccessWorld.CITY, AccessWorld.COUNTY, AccessWorld.BUREAU, AccessWorld.OTHER_COUNTY)) {
            archive.dossiers().registerUnit(new Unit(u, "单位 " + u, null, tree.get(u)));
        }
        for (DossierFacts d : world.dossiers()) {
            Subject s = fixtures.subject();
            archive.dossiers().registerSubject(new Subject(d.subject(), s.citizenId(), s.name(), s.gender(),
                    s.birthDate(), s.ethnicity(), s.workStartDate(), s.partyJoinDate(), s.education(), s.titleLevel(),
                    s.postLevel(), 0));
            archive.dossiers().openDossier(d.dossier(), d.subject(), d.custodian());
            filed(d.dossier(), "1", "干部履历表");
            filed(d.dossier(), "8", "处分决定");
        }
        contents.reset();
    }

    /** Sensitivity labels: political review (5) and discipline (8) are secret, the rest internal. */
    static Classification label(Material m) {
        int c = m.category().classNumber();
        return c == 5 || c == 8 ? Classification.SECRET : Classification.INTERNAL;
    }

    /** The id of a stored material of a world dossier: class 1 ({@code "1"}) or the class-8 one ({@code "8"}). */
    static MaterialId materialOf(DossierId dossier, String classNumber) {
        return MaterialId.of(dossier.value() + "-c" + classNumber);
    }

    /** Stores a filed material with one scan of random bytes (40-60 KiB) in the content store. */
    private void filed(DossierId dossier, String category, String title) {
        byte[] bytes = new byte[40_000 + random.nextInt(20_000)];
        random.nextBytes(bytes);
        StoredContent c = contents.put(new ByteArrayInputStream(bytes));
        Material m = archive.dossiers().recordMaterial(new Material(materialOf(dossier, category), dossier,
                MaterialCategory.of(category), title, null, LocalDate.of(2020, 3, 1), "某县委组织部", LocalDate.of(2020, 3, 9),
                2, List.of(c.toRef(title + ".pdf", "application/pdf")), MaterialStatus.RECEIVED, 0, 0));
        store.write(s -> s.materials().update(m.filedAt(m.category(), 1)));
    }

    Material material(MaterialId id) {
        return store.<java.util.Optional<Material>>read(s -> s.materials().find(id)).orElseThrow();
    }

    byte[] bytesOf(MaterialId id) {
        try (InputStream in = contents.delegate.open(material(id).contents().get(0).digest(DigestAlgorithm.SM3).orElseThrow())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the newest audit record */
    AuditRecord lastRecord() {
        return log.get(log.size()).orElseThrow();
    }

    /** A content store that counts opened streams and the bytes they delivered. */
    static final class CountingContentStore implements ContentStore {
        final InMemoryContentStore delegate;
        final AtomicInteger opened = new AtomicInteger();
        final AtomicLong delivered = new AtomicLong();

        CountingContentStore(InMemoryContentStore delegate) {
            this.delegate = delegate;
        }

        void reset() {
            opened.set(0);
            delivered.set(0);
        }

        @Override
        public DigestAlgorithm addressAlgorithm() {
            return delegate.addressAlgorithm();
        }

        @Override
        public Set<DigestAlgorithm> algorithms() {
            return delegate.algorithms();
        }

        @Override
        public long maxObjectSize() {
            return delegate.maxObjectSize();
        }

        @Override
        public StoredContent put(InputStream content) {
            return delegate.put(content);
        }

        @Override
        public InputStream open(Digest address) {
            opened.incrementAndGet();
            return counted(delegate.open(address));
        }

        @Override
        public InputStream openUnverified(Digest address) {
            opened.incrementAndGet();
            return counted(delegate.openUnverified(address));
        }

        private InputStream counted(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        delivered.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        delivered.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        @Override
        public boolean exists(Digest address) {
            return delegate.exists(address);
        }

        @Override
        public long size(Digest address) {
            return delegate.size(address);
        }

        @Override
        public Stream<io.dangan.archive.store.ContentEntry> entries() {
            return delegate.entries();
        }
    }
}
