package io.dangan.archive.core.internal.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.InvalidInputException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.internal.dossier.DefaultDossierService;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.LocalTimestampAuthority;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.crypto.TimestampToken;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealLeaf;
import io.dangan.archive.seal.VerificationReport;
import io.dangan.archive.store.StoredContent;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties: whatever single bit of a sealed dossier's evidence is flipped (a seal statement, signature, consistency
 * proof, leaf, or a material proof), verification does not pass.
 */
class SealTamperPropertyTest {
    enum Target { STATEMENT, SIGNATURE, TIMESTAMP, CONSISTENCY, LEAF, PROOF_PATH, PROOF_LEAF }

    /** One sealed dossier with two seal versions, built once. */
    static final class World {
        final ManualClock clock = ManualClock.at("2026-05-01T10:00:00Z");
        final InMemoryArchiveStore store = new InMemoryArchiveStore();
        final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();
        final MapContentStore contents = new MapContentStore(blobs);
        final LocalTimestampAuthority tsa = LocalTimestampAuthority.create(clock, SignatureAlgorithm.SM2,
                new SecureRandom());
        final SigningKey key = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom());
        final DefaultSealService seals;
        final SealChecker checker;
        final DossierId dossier = DossierId.of("P1");
        final MaterialProof proof;

        World() {
            SealSettings settings = new SealSettings(DigestAlgorithm.SM3,
                    KeyProviders.of(Map.of("k", key)).signer("k"), List.of(), tsa, List.of(tsa.certificate()), true);
            seals = new DefaultSealService(clock, store, EventSink.discarding(), settings, contents);
            checker = new SealChecker(List.of(key.publicKey()), List.of(tsa.certificate()), true);
            DefaultDossierService d = new DefaultDossierService(clock, store, EventSink.discarding());
            Fixtures fx = Fixtures.seeded(3);
            Unit u = d.registerUnit(fx.unit(null));
            Subject s = d.registerSubject(fx.subject());
            d.openDossier(dossier, s.id(), u.id());
            for (int i = 1; i <= 7; i++) {
                file(d, i);
                if (i == 4) {
                    seals.seal(dossier);
                }
            }
            seals.seal(dossier);
            proof = seals.prove(MaterialId.of("P1-m3"));
        }

        private void file(DefaultDossierService d, int i) {
            StoredContent c = contents.put(new ByteArrayInputStream(("第" + i + "份材料的扫描件").repeat(50 + i).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            ContentRef ref = c.toRef("scan-" + i + ".pdf", "application/pdf");
            Material m = d.recordMaterial(new Material(MaterialId.of("P1-m" + i), dossier, MaterialCategory.ofClass(9),
                    "材料" + i, null, LocalDate.of(2020, 1, i), "某单位", null, 1, List.of(ref),
                    MaterialStatus.RECEIVED, 0, 0));
            store.write(x -> x.materials().update(m.filedAt(MaterialCategory.ofClass(9), i)));
        }

        SealChecker.DossierState state() {
            return store.read(s -> new SealChecker.DossierState(dossier, s.seals().history(dossier),
                    s.seals().leaves(dossier), s.materials().findByDossier(dossier)));
        }
    }

    static final World WORLD = new World();

    static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        int i = Math.floorMod(bit, c.length * 8);
        c[i / 8] ^= (byte) (1 << (i % 8));
        return c;
    }

    @Example
    void theUntamperedDossierAndProofPass() {
        World w = WORLD;
        assertThat(w.checker.verify(w.state(), w.contents, w.clock.instant()).findings()).isEmpty();
        assertThat(w.checker.verifyProof(w.proof, w.clock.instant()).findings()).isEmpty();
    }

    @Property(tries = 250)
    void anyFlippedBitIsFound(@ForAll Target target, @ForAll @IntRange(min = 0, max = 1 << 20) int bit,
            @ForAll @IntRange(min = 0, max = 6) int which) {
        World w = WORLD;
        SealChecker.DossierState clean = w.state();

        List<Seal> seals = new ArrayList<>(clean.seals());
        List<SealLeaf> leaves = new ArrayList<>(clean.leaves());
        int v = which % seals.size();
        Seal s = seals.get(v);
        VerificationReport report;
        switch (target) {
            case STATEMENT -> {
                try {
                    seals.set(v, new Seal(StatementCodec.decode(flip(StatementCodec.encode(s.statement()), bit)),
                            s.signature(), s.timestampToken(), s.consistencyProof()));
                } catch (InvalidInputException | IllegalArgumentException e) {
                    return; // no store can hold a statement that does not decode
                }
                report = w.checker.verify(state(clean, seals, leaves), w.contents, w.clock.instant());
            }
            case SIGNATURE -> {
                seals.set(v, new Seal(s.statement(), Octets.of(flip(s.signature().value(), bit)), s.timestampToken(),
                        s.consistencyProof()));
                report = w.checker.verify(state(clean, seals, leaves), w.contents, w.clock.instant());
            }
            case TIMESTAMP -> {
                byte[] flipped = flip(s.timestampToken().value(), bit);
                seals.set(v, s.withTimestampToken(Octets.of(flipped)));
                report = w.checker.verify(state(clean, seals, leaves), w.contents, w.clock.instant());
                if (report.passed()) {
                    // only a bit outside what the authority signed (e.g. in the embedded certificate copy) may pass,
                    // and then the token still asserts exactly the same time, imprint and serial number
                    TimestampToken a = TimestampToken.decode(s.timestampToken().value());
                    TimestampToken b = TimestampToken.decode(flipped);
                    assertThat(List.of(b.genTime(), b.imprint(), b.serialNumber()))
                            .isEqualTo(List.of(a.genTime(), a.imprint(), a.serialNumber()));
                    return;
                }
            }
            case CONSISTENCY -> {
                Seal v2 = seals.get(1);
                List<Digest> path = new ArrayList<>(v2.consistencyProof());
                int i = which % path.size();
                path.set(i, Digest.of(DigestAlgorithm.SM3, flip(path.get(i).bytes(), bit)));
                seals.set(1, new Seal(v2.statement(), v2.signature(), v2.timestampToken(), path));
                report = w.checker.verify(state(clean, seals, leaves), w.contents, w.clock.instant());
            }
            case LEAF -> {
                SealLeaf l = leaves.get(which % leaves.size());
                leaves.set((int) l.index(), new SealLeaf(l.dossier(), l.index(), l.material(), l.revision(), l.kind(),
                        l.sealVersion(), Octets.of(flip(l.encoded().value(), bit))));
                report = w.checker.verify(state(clean, seals, leaves), w.contents, w.clock.instant());
            }
            case PROOF_PATH -> {
                MaterialProof p = w.proof;
                List<Digest> path = new ArrayList<>(p.inclusionPath());
                int i = which % path.size();
                path.set(i, Digest.of(DigestAlgorithm.SM3, flip(path.get(i).bytes(), bit)));
                report = w.checker.verifyProof(new MaterialProof(p.seal(), p.leaf(), path, p.signerPublicKey(), null),
                        w.clock.instant());
            }
            default -> {
                MaterialProof p = w.proof;
                SealLeaf l = p.leaf();
                report = w.checker.verifyProof(new MaterialProof(p.seal(), new SealLeaf(l.dossier(), l.index(),
                        l.material(), l.revision(), l.kind(), l.sealVersion(), Octets.of(flip(l.encoded().value(), bit))),
                        p.inclusionPath(), p.signerPublicKey(), null), w.clock.instant());
            }
        }
        assertThat(report.passed()).as("%s bit %d of #%d: %s", target, bit, which, report.findings()).isFalse();
    }

    private static SealChecker.DossierState state(SealChecker.DossierState s, List<Seal> seals, List<SealLeaf> leaves) {
        return new SealChecker.DossierState(s.dossier(), seals, leaves, s.materials());
    }
}
