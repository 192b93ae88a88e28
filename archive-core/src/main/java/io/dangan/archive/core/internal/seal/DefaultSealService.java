package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.TimestampAuthority;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.DossierSealed;
import io.dangan.archive.seal.LeafKind;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealLeaf;
import io.dangan.archive.seal.SealService;
import io.dangan.archive.seal.SealStatement;
import io.dangan.archive.seal.SealsVerified;
import io.dangan.archive.seal.VerificationProgress;
import io.dangan.archive.seal.VerificationReport;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoreSession;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The store-backed {@link SealService}: SM3 Merkle trees (RFC 6962) over canonical material leaves, signed through a
 * key provider's {@link Signer}, stamped by a {@link TimestampAuthority} when one is configured. Each sealing runs in
 * one write transaction (the timestamp authority is asked inside it) and emits a {@link DossierSealed} after it
 * committed. Thread-safe.
 */
public final class DefaultSealService implements SealService {
    static final String SYSTEM = "system";

    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;
    private final SealSettings settings;
    private final @Nullable ContentStore contents;
    private final SealChecker checker;

    /**
     * @param clock the archive's clock: seal times, report times, event times
     * @param store the metadata store holding materials and seals
     * @param events where events go after each commit
     * @param settings the signer, digest, timestamp authority and trust
     * @param contents where content files are read from for verification, or {@code null} to skip content files
     */
    public DefaultSealService(Clock clock, ArchiveStore store, EventSink events, SealSettings settings,
            @Nullable ContentStore contents) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.contents = contents;
        List<PublicKeyInfo> trusted = new ArrayList<>(settings.trustedKeys());
        trusted.add(settings.signer().publicKey());
        this.checker = new SealChecker(trusted, settings.timestampCertificates(), settings.requireTimestamps());
    }

    private record Sealed(Seal seal, boolean created) {
    }

    @Override
    public Seal seal(DossierId dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Sealed r = store.write(s -> {
            Chain chain = Chain.read(s, dossier);
            List<MaterialId> changed = chain.changed();
            if (!changed.isEmpty()) {
                throw new ConflictException(ErrorCode.SEAL_AMENDMENT_REQUIRED, "dossier " + dossier,
                        "dossier %s: sealed materials %s changed or disappeared since their seal; record the change with an amendment"
                                .formatted(dossier, changed));
            }
            List<SealLeaf> add = chain.freshLeaves(chain.nextVersion());
            if (add.isEmpty() && !chain.seals.isEmpty()) {
                return new Sealed(chain.seals.get(chain.seals.size() - 1), false);
            }
            SealKind kind = chain.seals.isEmpty() ? SealKind.INITIAL : SealKind.APPEND;
            Seal seal = build(chain, add, kind, null);
            return new Sealed(s.seals().append(seal, add), true);
        });
        if (r.created()) {
            emit(r.seal());
        }
        return r.seal();
    }

    @Override
    public Seal amend(DossierId dossier, Collection<MaterialId> materials, String reason) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new InvalidInputException(ErrorCode.REQUIRED_VALUE_MISSING, "reason",
                    "amendment of dossier %s: the reason is blank".formatted(dossier));
        }
        if (materials.isEmpty()) {
            throw new InvalidInputException(ErrorCode.SEAL_AMENDMENT_INVALID, "materials",
                    "amendment of dossier %s names no material".formatted(dossier));
        }
        Set<MaterialId> named = new TreeSet<>(materials);
        Seal seal = store.write(s -> {
            Chain chain = Chain.read(s, dossier);
            if (chain.seals.isEmpty()) {
                throw new NotFoundException(ErrorCode.SEAL_NOT_FOUND, "dossier " + dossier,
                        "dossier %s has no seal to amend; seal it first".formatted(dossier));
            }
            int version = chain.nextVersion();
            List<SealLeaf> add = new ArrayList<>();
            long index = chain.leaves.size();
            for (MaterialId id : named) {
                SealLeaf last = chain.latest.get(id);
                if (last == null) {
                    throw new InvalidInputException(ErrorCode.SEAL_AMENDMENT_INVALID, "material " + id,
                            "material %s of dossier %s was never sealed; seal it instead of amending".formatted(id, dossier));
                }
                Material m = chain.current.get(id);
                boolean filed = m != null && m.status() == MaterialStatus.FILED;
                int revision = last.revision() + 1;
                if (last.kind() == LeafKind.WITHDRAWN) {
                    if (m == null || !filed) {
                        throw new InvalidInputException(ErrorCode.SEAL_AMENDMENT_INVALID, "material " + id,
                                "material %s was already withdrawn and is not filed again".formatted(id));
                    }
                    add.add(leaf(dossier, index++, m, LeafKind.AMENDED, revision, version));
                } else if (!filed) {
                    add.add(new SealLeaf(dossier, index++, id, revision, LeafKind.WITHDRAWN, version,
                            Octets.of(LeafCodec.withdrawal(dossier, id, revision))));
                } else if (!chain.changed(id)) {
                    throw new InvalidInputException(ErrorCode.SEAL_AMENDMENT_INVALID, "material " + id,
                            "material %s is unchanged since its seal (revision %d); nothing to amend".formatted(id,
                                    last.revision()));
                } else {
                    add.add(leaf(dossier, index++, m, LeafKind.AMENDED, revision, version));
                }
            }
            List<MaterialId> unnamed = chain.changed().stream().filter(id -> !named.contains(id)).toList();
            if (!unnamed.isEmpty()) {
                throw new ConflictException(ErrorCode.SEAL_AMENDMENT_REQUIRED, "dossier " + dossier,
                        "dossier %s: sealed materials %s changed too but are not named in the amendment".formatted(
                                dossier, unnamed));
            }
            for (SealLeaf f : chain.freshLeaves(version)) {
                add.add(new SealLeaf(f.dossier(), index++, f.material(), f.revision(), f.kind(), f.sealVersion(),
                        f.encoded()));
            }
            return s.seals().append(build(chain, add, SealKind.AMENDMENT, reason.strip()), add);
        });
        emit(seal);
        return seal;
    }

    private static SealLeaf leaf(DossierId dossier, long index, Material m, LeafKind kind, int revision, int version) {
        return new SealLeaf(dossier, index, m.id(), revision, kind, version, Octets.of(LeafCodec.encode(m, kind, revision)));
    }

    private Seal build(Chain chain, List<SealLeaf> add, SealKind kind, @Nullable String reason) {
        Seal last = chain.seals.isEmpty() ? null : chain.seals.get(chain.seals.size() - 1);
        DigestAlgorithm alg = last == null ? settings.digest() : last.statement().digestAlgorithm();
        List<Digest> hashes = new ArrayList<>(chain.leaves.size() + add.size());
        for (SealLeaf l : chain.leaves) {
            hashes.add(MerkleTree.leafHash(alg, l.encoded().value()));
        }
        for (SealLeaf l : add) {
            hashes.add(MerkleTree.leafHash(alg, l.encoded().value()));
        }
        MerkleTree tree = MerkleTree.fromLeafHashes(alg, hashes);
        long previousSize = last == null ? 0 : last.statement().treeSize();
        if (last != null && (previousSize != chain.leaves.size()
                || !tree.root(previousSize).equals(last.statement().root()))) {
            throw new IntegrityException(ErrorCode.DIGEST_MISMATCH, "dossier " + chain.dossier,
                    "dossier %s: the stored leaves no longer give the root of seal v%d; verify the dossier before sealing"
                            .formatted(chain.dossier, last.statement().version()));
        }
        Signer signer = settings.signer();
        SealStatement statement = new SealStatement(chain.dossier, chain.nextVersion(), kind, previousSize, tree.size(),
                tree.root(), signer.algorithm().standardName(), signer.keyId(), clock.instant(), reason);
        Octets signature = Octets.of(signer.sign(StatementCodec.encode(statement)));
        TimestampAuthority tsa = settings.timestamps();
        Octets token = tsa == null ? null
                : Octets.of(tsa.stamp(StatementCodec.timestampImprint(statement, signature)).encoded());
        List<Digest> proof = last == null ? List.of() : tree.consistencyProof(previousSize).path();
        return new Seal(statement, signature, token, proof);
    }

    private void emit(Seal seal) {
        SealStatement st = seal.statement();
        events.emit(new DossierSealed(clock.instant(), SYSTEM, st.dossier(), st.version(), st.kind(), st.treeSize(),
                st.root().toString(), st.keyId(), st.reason() == null ? "" : st.reason()));
    }

    @Override
    public List<Seal> history(DossierId dossier) {
        return store.read(s -> s.seals().history(dossier));
    }

    @Override
    public MaterialProof prove(MaterialId material) {
        Objects.requireNonNull(material, "material");
        return store.read(s -> {
            List<SealLeaf> revisions = s.seals().leavesOf(material);
            if (revisions.isEmpty()) {
                throw new NotFoundException(ErrorCode.SEAL_NOT_FOUND, "material " + material,
                        "material %s is not sealed".formatted(material));
            }
            SealLeaf leaf = revisions.get(revisions.size() - 1);
            if (leaf.kind() == LeafKind.WITHDRAWN) {
                throw new NotFoundException(ErrorCode.SEAL_NOT_FOUND, "material " + material,
                        "material %s was withdrawn by seal v%d".formatted(material, leaf.sealVersion()));
            }
            Seal seal = s.seals().latest(leaf.dossier()).orElseThrow(() -> new NotFoundException(
                    ErrorCode.SEAL_NOT_FOUND, "dossier " + leaf.dossier(), "dossier " + leaf.dossier() + " has no seal"));
            DigestAlgorithm alg = seal.statement().digestAlgorithm();
            List<Digest> hashes = s.seals().leaves(leaf.dossier()).stream()
                    .map(l -> MerkleTree.leafHash(alg, l.encoded().value())).toList();
            long size = Math.min(seal.statement().treeSize(), hashes.size());
            List<Digest> path = MerkleTree.fromLeafHashes(alg, hashes).inclusionProof(leaf.index(), size).path();
            PublicKeyInfo key = checker.trustedKeys().get(seal.statement().keyId());
            if (key == null) {
                throw new NotFoundException(ErrorCode.KEY_NOT_FOUND, "seal v" + seal.statement().version() + "/keyId",
                        "the key %s that signed seal v%d of %s is not known to this archive".formatted(
                                seal.statement().keyId(), seal.statement().version(), leaf.dossier()));
            }
            Octets certificate = null;
            Signer signer = settings.signer();
            if (signer.keyId().equals(key.keyId()) && signer.certificate().isPresent()) {
                try {
                    certificate = Octets.of(signer.certificate().get().getEncoded());
                } catch (CertificateEncodingException e) {
                    certificate = null;
                }
            }
            return new MaterialProof(seal, leaf, path, Octets.of(key.encoded()), certificate);
        });
    }

    @Override
    public VerificationReport verifyProof(MaterialProof proof) {
        return checker.verifyProof(proof, clock.instant());
    }

    @Override
    public VerificationReport verify(DossierId dossier) {
        VerificationReport r = verifyOne(dossier);
        events.emit(new SealsVerified(clock.instant(), SYSTEM, dossier.value(), 1, r.findings().size()));
        return r;
    }

    private VerificationReport verifyOne(DossierId dossier) {
        SealChecker.DossierState state = store.read(s -> {
            if (s.dossiers().find(dossier).isEmpty()) {
                throw new NotFoundException(ErrorCode.NOT_FOUND, "dossier " + dossier,
                        "dossier %s does not exist".formatted(dossier));
            }
            return new SealChecker.DossierState(dossier, s.seals().history(dossier), s.seals().leaves(dossier),
                    s.materials().findByDossier(dossier));
        });
        return checker.verify(state, contents, clock.instant());
    }

    @Override
    public VerificationReport verifyAll(VerificationProgress progress) {
        Objects.requireNonNull(progress, "progress");
        List<DossierId> ids = store.read(s -> s.seals().sealedDossiers().toList());
        AtomicLong done = new AtomicLong();
        long total = ids.size();
        progress.update(0, total);
        List<VerificationReport> parts = ids.parallelStream().map(id -> {
            VerificationReport r = verifyOne(id);
            progress.update(done.incrementAndGet(), total);
            return r;
        }).toList();
        VerificationReport all = VerificationReport.combine(clock.instant(), parts);
        events.emit(new SealsVerified(clock.instant(), SYSTEM, "*", all.dossiers(), all.findings().size()));
        return all;
    }

    /** A dossier's seal chain and current materials, read in the sealing transaction. */
    private static final class Chain {
        final DossierId dossier;
        final List<Seal> seals;
        final List<SealLeaf> leaves;
        final Map<MaterialId, SealLeaf> latest = new LinkedHashMap<>();
        final Map<MaterialId, Material> current = new LinkedHashMap<>();

        private Chain(DossierId dossier, List<Seal> seals, List<SealLeaf> leaves, List<Material> materials) {
            this.dossier = dossier;
            this.seals = seals;
            this.leaves = leaves;
            for (SealLeaf l : leaves) {
                latest.put(l.material(), l);
            }
            for (Material m : materials) {
                current.put(m.id(), m);
            }
        }

        static Chain read(StoreSession s, DossierId dossier) {
            if (s.dossiers().find(dossier).isEmpty()) {
                throw new NotFoundException(ErrorCode.NOT_FOUND, "dossier " + dossier,
                        "dossier %s does not exist".formatted(dossier));
            }
            return new Chain(dossier, s.seals().history(dossier), s.seals().leaves(dossier),
                    s.materials().findByDossier(dossier));
        }

        int nextVersion() {
            return seals.isEmpty() ? 1 : seals.get(seals.size() - 1).statement().version() + 1;
        }

        /** @return whether a sealed material's current state differs from its latest leaf */
        boolean changed(MaterialId id) {
            SealLeaf last = latest.get(id);
            Material m = current.get(id);
            boolean filed = m != null && m.status() == MaterialStatus.FILED;
            if (last == null) {
                return false;
            }
            if (last.kind() == LeafKind.WITHDRAWN) {
                return filed;
            }
            return !filed || !Arrays.equals(LeafCodec.encode(m, last.kind(), last.revision()), last.encoded().value());
        }

        /** @return the sealed materials that changed, in leaf order */
        List<MaterialId> changed() {
            Set<MaterialId> out = new LinkedHashSet<>();
            for (MaterialId id : latest.keySet()) {
                if (changed(id)) {
                    out.add(id);
                }
            }
            return List.copyOf(out);
        }

        /** @return FILED leaves for filed materials no seal covers yet, in catalogue order */
        List<SealLeaf> freshLeaves(int version) {
            List<SealLeaf> out = new ArrayList<>();
            long index = leaves.size();
            for (Material m : current.values()) {
                if (m.status() == MaterialStatus.FILED && !latest.containsKey(m.id())) {
                    out.add(leaf(dossier, index++, m, LeafKind.FILED, 1, version));
                }
            }
            return out;
        }
    }
}
