package io.dangan.archive.benchmarks.seal;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing a dossier of 300 filed materials (metadata only: their two content files each are already hashed) through
 * the public {@code SealService.seal} on the in-memory store: reading the chain and the materials, encoding 300
 * canonical leaves, the SM3 Merkle root, one SM2 signature, storing the seal and its leaves. Target: below 5 ms.
 *
 * <p>Beside it, in the same run, the raw floor: {@link #rawMerkleRootOf300Leaves} (the 300 leaf hashes and 299 node
 * hashes over the same leaf bytes, through {@link MerkleTree}) and {@link #rawSm2Signature} (one SM2 signature of a
 * statement-sized message through the same {@link Signer}). The ratio seal ÷ (root + signature) is what the service
 * adds: encoding, store reads and writes, consistency bookkeeping.
 *
 * <p>Run: {@code java -jar archive-benchmarks/target/benchmarks.jar SealBenchmark} (add {@code -f 1 -wi 2 -i 3} for a
 * quick look). Each {@code seal} invocation gets a fresh store holding one unsealed dossier, prepared outside the timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SealBenchmark {
    /** Materials per dossier. */
    static final int MATERIALS = 300;

    static final SigningKey KEY = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC);
    private Signer signer;
    private List<byte[]> leafBytes;
    private byte[] statement;

    /** Prepares the signer and, once, the leaf bytes of a sealed 300-material dossier for the raw peers. */
    @Setup(Level.Trial)
    public void trial() {
        signer = KeyProviders.of(Map.of("seal", KEY)).signer("seal");
        FreshDossier f = new FreshDossier();
        f.prepare();
        f.archive.seals().seal(f.dossier);
        leafBytes = new ArrayList<>();
        List<Material> materials = f.archive.store().read(s -> s.materials().findByDossier(f.dossier));
        for (Material m : materials) {
            leafBytes.add(f.archive.seals().prove(m.id()).leaf().encoded().value());
        }
        statement = new byte[220];
        new Random(1).nextBytes(statement);
    }

    /** A fresh store with one dossier of 300 filed, unsealed materials, made before each {@code seal} call. */
    @State(Scope.Thread)
    public static class FreshDossier {
        Archive archive;
        DossierId dossier;

        /** Builds the store, outside the timing. */
        @Setup(Level.Invocation)
        public void prepare() {
            InMemoryArchiveStore store = new InMemoryArchiveStore();
            archive = Archives.builder().clock(CLOCK).store(store).events(EventSink.discarding())
                    .keys(KeyProviders.of(Map.of("seal", KEY)), "seal").build();
            Fixtures fx = Fixtures.seeded(42);
            Unit unit = archive.dossiers().registerUnit(fx.unit(null));
            Subject subject = archive.dossiers().registerSubject(fx.subject());
            Dossier d = archive.dossiers().openDossier(DossierId.of("BENCH-1"), subject.id(), unit.id());
            dossier = d.id();
            Random random = new Random(7);
            store.write(s -> {
                int[] next = new int[11];
                for (int i = 0; i < MATERIALS; i++) {
                    int cls = 1 + i % 10;
                    MaterialCategory category = MaterialCategory.ofClass(cls);
                    byte[] sm3 = new byte[32];
                    byte[] sha = new byte[32];
                    random.nextBytes(sm3);
                    random.nextBytes(sha);
                    List<ContentRef> files = List.of(
                            new ContentRef("第" + (i + 1) + "份-1.pdf", "application/pdf", 200_000 + i, List.of(
                                    new Digest(DigestAlgorithm.SM3, HexFormat.of().formatHex(sm3)),
                                    new Digest(DigestAlgorithm.SHA_256, HexFormat.of().formatHex(sha)))),
                            new ContentRef("第" + (i + 1) + "份-2.tif", "image/tiff", 1_500_000 + i, List.of(
                                    new Digest(DigestAlgorithm.SM3, HexFormat.of().formatHex(sha)),
                                    new Digest(DigestAlgorithm.SHA_256, HexFormat.of().formatHex(sm3)))));
                    LocalDate formed = LocalDate.of(1995, 1, 1).plusDays(i * 30L);
                    s.materials().insert(new Material(MaterialId.of("BENCH-1-m" + i), d.id(), category,
                            "干部年度考核登记表（" + (1995 + i / 12) + "年度）", "ANNUAL_REVIEW", formed, "中共某县委组织部",
                            formed.plusDays(10), 2, files, MaterialStatus.FILED, ++next[cls], 0));
                }
                return null;
            });
        }
    }

    /**
     * Seals the 300-material dossier (the measured operation).
     *
     * @param fresh the dossier prepared for this call
     * @return the seal
     */
    @Benchmark
    public Seal seal300Materials(FreshDossier fresh) {
        return fresh.archive.seals().seal(fresh.dossier);
    }

    /**
     * The raw hashing floor: leaf and node hashes (2n − 1 = 599 SM3 compressions sets) over the same leaf bytes.
     *
     * @return the root
     */
    @Benchmark
    public Digest rawMerkleRootOf300Leaves() {
        return MerkleTree.fromLeafData(DigestAlgorithm.SM3, leafBytes).root();
    }

    /**
     * The raw signing floor: one SM2 signature of a statement-sized message.
     *
     * @return the signature
     */
    @Benchmark
    public byte[] rawSm2Signature() {
        return signer.sign(statement);
    }
}
