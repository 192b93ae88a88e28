package io.dangan.archive.core.internal.seal;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.crypto.ConsistencyProof;
import io.dangan.archive.crypto.HashResult;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.crypto.InclusionProof;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.SignatureCheck;
import io.dangan.archive.crypto.TimestampCheck;
import io.dangan.archive.crypto.TimestampToken;
import io.dangan.archive.crypto.Verifier;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.Finding;
import io.dangan.archive.seal.FindingCode;
import io.dangan.archive.seal.LeafKind;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealLeaf;
import io.dangan.archive.seal.SealStatement;
import io.dangan.archive.seal.VerificationReport;
import io.dangan.archive.store.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Verifies seal chains, materials, content files and material proofs (封印检测), store-free: callers hand it what
 * they read. Every problem becomes a {@link Finding}; nothing throws for bad evidence and nothing is repaired.
 * Thread-safe.
 */
public final class SealChecker {
    private final Map<String, Verifier> trusted;
    private final List<X509Certificate> timestampCertificates;
    private final boolean requireTimestamps;

    /**
     * @param trustedKeys the keys whose seals verify
     * @param timestampCertificates the authorities whose tokens verify; empty to check tokens structurally only
     * @param requireTimestamps whether a seal without a token is a finding
     */
    public SealChecker(Collection<PublicKeyInfo> trustedKeys, Collection<X509Certificate> timestampCertificates,
            boolean requireTimestamps) {
        Map<String, Verifier> m = new HashMap<>();
        for (PublicKeyInfo k : trustedKeys) {
            m.put(k.keyId(), Verifier.of(k));
        }
        this.trusted = Map.copyOf(m);
        this.timestampCertificates = List.copyOf(timestampCertificates);
        this.requireTimestamps = requireTimestamps;
    }

    /** @return the trusted keys by key id */
    Map<String, PublicKeyInfo> trustedKeys() {
        Map<String, PublicKeyInfo> m = new HashMap<>();
        trusted.forEach((id, v) -> m.put(id, v.publicKey()));
        return m;
    }

    /** What one dossier looks like in the store, read in one session. */
    record DossierState(DossierId dossier, List<Seal> seals, List<SealLeaf> leaves, List<Material> materials) {
    }

    /**
     * Verifies one dossier.
     *
     * @param state what was read
     * @param contents where content files are read from, or {@code null} to skip content files
     * @param now the time of the check
     * @return the report
     */
    VerificationReport verify(DossierState state, @Nullable ContentStore contents, Instant now) {
        Run run = new Run(state.dossier());
        if (state.seals().isEmpty()) {
            run.add(FindingCode.DOSSIER_NOT_SEALED, "seal", "dossier %s has no seal".formatted(state.dossier()));
            return run.report(now, 0, 0);
        }
        checkSeals(run, state.seals());
        Map<MaterialId, SealLeaf> latest = checkLeaves(run, state.seals(), state.leaves());
        int materials = checkMaterials(run, latest, state.materials());
        checkNumbering(run, state.materials());
        if (contents != null) {
            checkContents(run, latest, contents);
        }
        return run.report(now, state.seals().size(), materials);
    }

    // ---- seals: numbering, statements, signatures, timestamps, consistency ------------------------------------------

    private void checkSeals(Run run, List<Seal> seals) {
        Seal previous = null;
        for (int i = 0; i < seals.size(); i++) {
            Seal seal = seals.get(i);
            SealStatement st = seal.statement();
            String where = "seal v" + st.version();
            if (st.version() != i + 1) {
                run.add(FindingCode.SEAL_VERSION_GAP, where + "/version",
                        "seal %d of the chain has version %d, expected %d".formatted(i + 1, st.version(), i + 1));
            }
            if (!st.dossier().equals(run.dossier)) {
                run.add(FindingCode.SEAL_STATEMENT_INVALID, where + "/dossier",
                        "seal is for dossier %s, stored under %s".formatted(st.dossier(), run.dossier));
            }
            if (previous != null) {
                SealStatement ps = previous.statement();
                if (st.previousSize() != ps.treeSize()) {
                    run.add(FindingCode.SEAL_STATEMENT_INVALID, where + "/previousSize",
                            "seal extends size %d, previous seal v%d has size %d".formatted(st.previousSize(),
                                    ps.version(), ps.treeSize()));
                }
                if (st.digestAlgorithm() != ps.digestAlgorithm()) {
                    run.add(FindingCode.SEAL_STATEMENT_INVALID, where + "/digestAlgorithm",
                            "seal uses %s, the chain uses %s".formatted(st.digestAlgorithm().standardName(),
                                    ps.digestAlgorithm().standardName()));
                } else {
                    checkConsistency(run, where, previous, seal);
                }
            }
            run.addIfPresent(checkSignature(run.dossier, where, st, seal.signature(), null));
            run.addIfPresent(checkTimestamp(run.dossier, where, st, seal.signature(), seal.timestampToken()));
            previous = seal;
        }
    }

    private static void checkConsistency(Run run, String where, Seal previous, Seal seal) {
        SealStatement ps = previous.statement();
        SealStatement st = seal.statement();
        boolean ok;
        try {
            ok = new ConsistencyProof(st.digestAlgorithm(), ps.treeSize(), st.treeSize(), seal.consistencyProof())
                    .verify(ps.root(), st.root());
        } catch (InvalidInputException e) {
            ok = false;
        }
        if (!ok) {
            run.add(FindingCode.CONSISTENCY_PROOF_INVALID, where + "/consistencyProof",
                    "consistency proof from v%d (%d leaves) to v%d (%d leaves) does not verify against the signed roots"
                            .formatted(ps.version(), ps.treeSize(), st.version(), st.treeSize()));
        }
    }

    /**
     * Checks a seal's signature under a trusted key (or under a given key, which must then be trusted too).
     *
     * @return a finding, or {@code null} when the signature verifies under a trusted key
     */
    @Nullable Finding checkSignature(@Nullable DossierId dossier, String where, SealStatement st, Octets signature,
            @Nullable PublicKeyInfo given) {
        Verifier v = trusted.get(st.keyId());
        if (given != null && !given.keyId().equals(st.keyId())) {
            return new Finding(FindingCode.SEAL_SIGNER_UNTRUSTED, dossier, where + "/keyId",
                    "seal names key %s, the proof carries key %s".formatted(st.keyId(), given.keyId()));
        }
        if (v == null) {
            return new Finding(FindingCode.SEAL_SIGNER_UNTRUSTED, dossier, where + "/keyId",
                    "seal is signed by key %s, which is not trusted".formatted(st.keyId()));
        }
        if (!v.publicKey().algorithm().standardName().equals(st.signatureAlgorithm())) {
            return new Finding(FindingCode.SEAL_STATEMENT_INVALID, dossier, where + "/signatureAlgorithm",
                    "seal names %s, key %s is a %s key".formatted(st.signatureAlgorithm(), st.keyId(),
                            v.publicKey().algorithm().standardName()));
        }
        SignatureCheck c = v.verify(StatementCodec.encode(st), signature.value());
        return switch (c) {
            case VALID -> null;
            case INVALID -> new Finding(FindingCode.SEAL_SIGNATURE_INVALID, dossier, where + "/signature",
                    "%s signature does not verify under key %s: the statement was altered or another key signed"
                            .formatted(st.signatureAlgorithm(), st.keyId()));
            case MALFORMED -> new Finding(FindingCode.SEAL_SIGNATURE_MALFORMED, dossier, where + "/signature",
                    "%s signature of %d bytes is not a valid encoding".formatted(st.signatureAlgorithm(),
                            signature.length()));
        };
    }

    @Nullable Finding checkTimestamp(@Nullable DossierId dossier, String where, SealStatement st, Octets signature,
            @Nullable Octets token) {
        if (token == null) {
            return requireTimestamps ? new Finding(FindingCode.TIMESTAMP_MISSING, dossier, where + "/timestamp",
                    "seal has no timestamp token, the archive requires one") : null;
        }
        Digest imprint = StatementCodec.timestampImprint(st, signature);
        byte[] der = token.value();
        if (timestampCertificates.isEmpty()) {
            TimestampToken t;
            try {
                t = TimestampToken.decode(der);
            } catch (ArchiveException e) {
                return timestampFinding(dossier, where, TimestampCheck.MALFORMED, token);
            }
            return t.imprint().equals(imprint) ? null
                    : timestampFinding(dossier, where, TimestampCheck.IMPRINT_MISMATCH, token);
        }
        TimestampCheck worst = null;
        for (X509Certificate cert : timestampCertificates) {
            TimestampCheck c;
            try {
                c = TimestampToken.verify(der, cert, imprint);
            } catch (ArchiveException e) {
                c = TimestampCheck.MALFORMED;
            }
            if (c.isValid()) {
                return null;
            }
            if (worst == null || c == TimestampCheck.MALFORMED || c == TimestampCheck.IMPRINT_MISMATCH) {
                worst = c;
            }
        }
        return timestampFinding(dossier, where, worst, token);
    }

    private static Finding timestampFinding(@Nullable DossierId dossier, String where, TimestampCheck c, Octets token) {
        String at = where + "/timestamp";
        return switch (c) {
            case MALFORMED -> new Finding(FindingCode.TIMESTAMP_MALFORMED, dossier, at,
                    "timestamp token of %d bytes does not decode as an RFC 3161 token".formatted(token.length()));
            case IMPRINT_MISMATCH -> new Finding(FindingCode.TIMESTAMP_IMPRINT_MISMATCH, dossier, at,
                    "timestamp token binds another imprint than this seal's signature");
            default -> new Finding(FindingCode.TIMESTAMP_INVALID, dossier, at,
                    "timestamp token does not verify against a trusted authority: " + c);
        };
    }

    // ---- leaves: records, decoding, roots, revisions ----------------------------------------------------------------

    private Map<MaterialId, SealLeaf> checkLeaves(Run run, List<Seal> seals, List<SealLeaf> leaves) {
        Seal last = seals.get(seals.size() - 1);
        DigestAlgorithm alg = seals.get(0).statement().digestAlgorithm();
        if (leaves.size() != last.statement().treeSize()) {
            run.add(FindingCode.TREE_SIZE_MISMATCH, "leaves",
                    "%d leaves are stored, the latest seal v%d covers %d".formatted(leaves.size(),
                            last.statement().version(), last.statement().treeSize()));
        }
        List<Digest> hashes = new ArrayList<>(leaves.size());
        Map<MaterialId, SealLeaf> latest = new LinkedHashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            SealLeaf leaf = leaves.get(i);
            byte[] enc = leaf.encoded().value();
            hashes.add(MerkleTree.leafHash(alg, enc));
            String where = "leaf " + i + " (" + leaf.material() + ")";
            if (leaf.index() != i) {
                run.add(FindingCode.LEAF_MALFORMED, where + "/index",
                        "leaf at position %d is recorded with index %d".formatted(i, leaf.index()));
            }
            LeafCodec.Leaf decoded;
            try {
                decoded = LeafCodec.decode(enc);
            } catch (InvalidInputException e) {
                run.add(FindingCode.LEAF_MALFORMED, where, e.getMessage());
                continue;
            }
            if (!decoded.dossier().equals(run.dossier) || !decoded.material().equals(leaf.material())
                    || decoded.revision() != leaf.revision() || decoded.kind() != leaf.kind()) {
                run.add(FindingCode.LEAF_MALFORMED, where,
                        "leaf bytes record %s %s of %s revision %d, the leaf record says %s %s revision %d".formatted(
                                decoded.kind(), decoded.material(), decoded.dossier(), decoded.revision(), leaf.kind(),
                                leaf.material(), leaf.revision()));
            }
            SealLeaf before = latest.get(decoded.material());
            SealKind sealKind = kindOfSealCovering(seals, i);
            if (before == null) {
                if (decoded.kind() != LeafKind.FILED || decoded.revision() != 1) {
                    run.add(FindingCode.LEAF_MALFORMED, where + "/revision",
                            "first leaf of %s is %s revision %d, expected FILED revision 1".formatted(
                                    decoded.material(), decoded.kind(), decoded.revision()));
                }
            } else if (decoded.kind() == LeafKind.FILED || sealKind != SealKind.AMENDMENT) {
                run.add(FindingCode.LEAF_DUPLICATE, where,
                        "material %s is sealed again at leaf %d (already at leaf %d) without an amendment".formatted(
                                decoded.material(), i, before.index()));
            } else if (decoded.revision() != before.revision() + 1) {
                run.add(FindingCode.LEAF_MALFORMED, where + "/revision",
                        "material %s: revision %d follows revision %d".formatted(decoded.material(),
                                decoded.revision(), before.revision()));
            }
            latest.put(decoded.material(), new SealLeaf(leaf.dossier(), i, decoded.material(), decoded.revision(),
                    decoded.kind(), leaf.sealVersion(), leaf.encoded()));
        }
        MerkleTree tree = MerkleTree.fromLeafHashes(alg, hashes);
        for (Seal seal : seals) {
            SealStatement st = seal.statement();
            if (st.treeSize() > tree.size() || st.digestAlgorithm() != alg) {
                continue;
            }
            Digest root = tree.root(st.treeSize());
            if (!root.equals(st.root())) {
                run.add(FindingCode.SEAL_ROOT_MISMATCH, "seal v" + st.version() + "/root",
                        "signed root %s over %d leaves, the stored leaves give %s".formatted(st.root().hex(),
                                st.treeSize(), root.hex()));
            }
        }
        return latest;
    }

    private static SealKind kindOfSealCovering(List<Seal> seals, long index) {
        for (Seal s : seals) {
            if (index < s.statement().treeSize()) {
                return s.statement().kind();
            }
        }
        return SealKind.APPEND;
    }

    // ---- materials against their leaves -----------------------------------------------------------------------------

    private static int checkMaterials(Run run, Map<MaterialId, SealLeaf> latest, List<Material> materials) {
        Map<MaterialId, Material> byId = new HashMap<>();
        int checked = 0;
        for (Material m : materials) {
            byId.put(m.id(), m);
            SealLeaf leaf = latest.get(m.id());
            String where = "material " + m.id();
            if (leaf == null) {
                if (m.status() == MaterialStatus.FILED) {
                    run.add(FindingCode.MATERIAL_UNSEALED, where,
                            "filed material %s (%s %s) is covered by no seal".formatted(m.id(), m.category(),
                                    m.title()));
                }
                continue;
            }
            checked++;
            if (leaf.kind() == LeafKind.WITHDRAWN) {
                if (m.status() == MaterialStatus.FILED) {
                    run.add(FindingCode.MATERIAL_UNSEALED, where,
                            "material %s was withdrawn by the seal at leaf %d but is filed again".formatted(m.id(),
                                    leaf.index()));
                }
                continue;
            }
            byte[] now = LeafCodec.encode(m, leaf.kind(), leaf.revision());
            byte[] sealed = leaf.encoded().value();
            if (Arrays.equals(now, sealed)) {
                continue;
            }
            LeafCodec.Body sb = LeafCodec.decode(sealed).body();
            List<LeafCodec.FieldDiff> diffs = LeafCodec.diff(sb == null ? LeafCodec.Body.of(m) : sb,
                    LeafCodec.Body.of(m));
            boolean placeOnly = !diffs.isEmpty() && diffs.stream()
                    .allMatch(d -> d.field().equals("sequence") || d.field().equals("category"));
            for (LeafCodec.FieldDiff d : diffs) {
                run.add(placeOnly ? FindingCode.MATERIAL_REORDERED : FindingCode.METADATA_MISMATCH,
                        where + "/" + d.field(), "%s sealed as '%s', now '%s'".formatted(d.field(), d.sealed(), d.now()));
            }
        }
        for (SealLeaf leaf : latest.values()) {
            if (leaf.kind() != LeafKind.WITHDRAWN && !byId.containsKey(leaf.material())) {
                run.add(FindingCode.MATERIAL_MISSING, "material " + leaf.material(),
                        "material %s sealed at leaf %d (seal v%d) is not in the dossier and was not withdrawn"
                                .formatted(leaf.material(), leaf.index(), leaf.sealVersion()));
            }
        }
        return checked;
    }

    private static void checkNumbering(Run run, List<Material> materials) {
        Map<MaterialCategory, List<Integer>> byCategory = new TreeMap<>();
        for (Material m : materials) {
            if (m.status() == MaterialStatus.FILED) {
                byCategory.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m.sequence());
            }
        }
        byCategory.forEach((category, seqs) -> {
            seqs.sort(null);
            int expected = 1;
            for (int i = 0; i < seqs.size(); i++) {
                int s = seqs.get(i);
                if (i > 0 && s == seqs.get(i - 1)) {
                    run.add(FindingCode.SEQUENCE_DUPLICATE, "category " + category,
                            "sequence %d is used twice".formatted(s));
                    continue;
                }
                if (s != expected) {
                    run.add(FindingCode.SEQUENCE_GAP, "category " + category,
                            "sequence %s is missing (next filed is %d)".formatted(
                                    expected == s - 1 ? Integer.toString(expected) : expected + "-" + (s - 1), s));
                }
                expected = s + 1;
            }
        });
    }

    // ---- content files ----------------------------------------------------------------------------------------------

    private static void checkContents(Run run, Map<MaterialId, SealLeaf> latest, ContentStore source) {
        Map<List<Digest>, Outcome> seen = new HashMap<>();
        for (SealLeaf leaf : latest.values()) {
            if (leaf.kind() == LeafKind.WITHDRAWN) {
                continue;
            }
            LeafCodec.Body body;
            try {
                body = LeafCodec.decode(leaf.encoded().value()).body();
            } catch (InvalidInputException e) {
                continue; // reported as LEAF_MALFORMED
            }
            if (body == null) {
                continue;
            }
            for (int i = 0; i < body.contents().size(); i++) {
                ContentRef c = body.contents().get(i);
                String where = "material " + leaf.material() + "/contents[" + (i + 1) + "] " + c.fileName();
                Outcome o = seen.get(c.digests());
                if (o == null) {
                    o = hash(source, c);
                    seen.put(c.digests(), o);
                    run.contentFiles++;
                    run.contentBytes += o.size();
                }
                if (o.missing() != null) {
                    run.add(FindingCode.CONTENT_MISSING, where, o.missing());
                    continue;
                }
                if (o.size() != c.size()) {
                    run.add(FindingCode.CONTENT_SIZE_MISMATCH, where,
                            "sealed size %d bytes, stored content has %d bytes".formatted(c.size(), o.size()));
                }
                if (o.digests().isEmpty()) {
                    run.add(FindingCode.CONTENT_DIGEST_MISMATCH, where,
                            o.corrupt() == null ? "content could not be hashed" : o.corrupt());
                    continue;
                }
                List<String> wrong = new ArrayList<>();
                for (Digest d : c.digests()) {
                    Digest actual = o.digests().get(d.algorithm());
                    if (!d.equals(actual)) {
                        wrong.add("sealed %s %s, stored content hashes to %s".formatted(d.algorithm().standardName(),
                                d.hex(), actual == null ? "nothing" : actual.hex()));
                    }
                }
                if (!wrong.isEmpty()) {
                    run.add(FindingCode.CONTENT_DIGEST_MISMATCH, where, String.join("; ", wrong));
                }
            }
        }
    }

    private record Outcome(long size, Map<DigestAlgorithm, Digest> digests, @Nullable String missing,
            @Nullable String corrupt) {
    }

    private static Outcome hash(ContentStore source, ContentRef c) {
        Digest address = c.digest(source.addressAlgorithm()).orElse(null);
        if (address == null) {
            return new Outcome(0, Map.of(), "the sealed reference has no %s digest, the store's address".formatted(
                    source.addressAlgorithm().standardName()), null);
        }
        Set<DigestAlgorithm> algs = EnumSet.noneOf(DigestAlgorithm.class);
        c.digests().forEach(d -> algs.add(d.algorithm()));
        try (InputStream in = source.openUnverified(address)) {
            HashResult r = Hasher.of(algs).hash(in);
            Map<DigestAlgorithm, Digest> m = new HashMap<>();
            r.digests().forEach(d -> m.put(d.algorithm(), d));
            return new Outcome(r.size(), m, null, null);
        } catch (NotFoundException e) {
            return new Outcome(0, Map.of(), "no content is stored under " + address, null);
        } catch (IntegrityException e) {
            if (e.code() == ErrorCode.CONTENT_MISSING) {
                return new Outcome(0, Map.of(), e.getMessage(), null);
            }
            return new Outcome(c.size(), Map.of(), null, "content store reports: " + e.getMessage());
        } catch (IOException | ArchiveException e) {
            return new Outcome(0, Map.of(), "content under " + address + " cannot be read: " + e.getMessage(), null);
        }
    }

    // ---- material proofs --------------------------------------------------------------------------------------------

    /**
     * Checks a material proof on its own.
     *
     * @param proof the proof
     * @param now the time of the check
     * @return the report
     */
    public VerificationReport verifyProof(MaterialProof proof, Instant now) {
        Run run = new Run(null);
        SealStatement st = proof.seal().statement();
        SealLeaf leaf = proof.leaf();
        String where = "proof of " + leaf.material();
        byte[] enc = leaf.encoded().value();
        try {
            LeafCodec.Leaf d = LeafCodec.decode(enc);
            if (!d.dossier().equals(st.dossier()) || !d.material().equals(leaf.material())
                    || d.revision() != leaf.revision() || d.kind() != leaf.kind() || d.kind() == LeafKind.WITHDRAWN) {
                run.add(FindingCode.LEAF_MALFORMED, where + "/leaf",
                        "leaf bytes record %s %s revision %d of %s, the proof claims %s %s revision %d of %s".formatted(
                                d.kind(), d.material(), d.revision(), d.dossier(), leaf.kind(), leaf.material(),
                                leaf.revision(), st.dossier()));
            }
        } catch (InvalidInputException e) {
            run.add(FindingCode.LEAF_MALFORMED, where + "/leaf", e.getMessage());
        }
        boolean included;
        try {
            included = new InclusionProof(st.digestAlgorithm(), leaf.index(), st.treeSize(), proof.inclusionPath())
                    .verify(MerkleTree.leafHash(st.digestAlgorithm(), enc), st.root());
        } catch (InvalidInputException e) {
            included = false;
        }
        if (!included) {
            run.add(FindingCode.INCLUSION_PROOF_INVALID, where + "/inclusionPath",
                    "leaf %d does not lead to the signed root of seal v%d over %d leaves".formatted(leaf.index(),
                            st.version(), st.treeSize()));
        }
        PublicKeyInfo key;
        try {
            key = PublicKeyInfo.decode(proof.signerPublicKey().value());
        } catch (InvalidInputException e) {
            key = null;
            run.add(FindingCode.SEAL_SIGNER_UNTRUSTED, where + "/signerPublicKey",
                    "the proof's public key does not decode: " + e.getMessage());
        }
        if (key != null) {
            run.addIfPresent(checkSignature(null, where + "/seal v" + st.version(), st, proof.seal().signature(), key));
        }
        run.addIfPresent(checkTimestamp(null, where + "/seal v" + st.version(), st, proof.seal().signature(),
                proof.seal().timestampToken()));
        return new VerificationReport(now, 0, 1, 1, 0, 0, run.findings);
    }

    /** Collects the findings of one run. */
    private static final class Run {
        final @Nullable DossierId dossier;
        final List<Finding> findings = new ArrayList<>();
        int contentFiles;
        long contentBytes;

        Run(@Nullable DossierId dossier) {
            this.dossier = dossier;
        }

        void add(FindingCode code, String location, String message) {
            findings.add(new Finding(code, dossier, location, message));
        }

        void addIfPresent(@Nullable Finding f) {
            if (f != null) {
                findings.add(f);
            }
        }

        VerificationReport report(Instant now, int seals, int materials) {
            return new VerificationReport(now, 1, seals, materials, contentFiles, contentBytes, findings);
        }
    }
}
