package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealStatement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code dangan_seal}: one row per seal version of a dossier (封印), append-only. Binary values are lower-case
 * hex; the consistency proof is its hashes joined by commas. The time is kept as epoch seconds and nanoseconds so
 * that the signed statement is restored exactly.
 */
@Entity(name = "DanganSeal")
@Table(name = "dangan_seal")
@IdClass(SealEntity.Key.class)
public class SealEntity {
    @Id
    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Id
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "kind", length = 16, nullable = false)
    private String kind = "";

    @Column(name = "previous_size", nullable = false)
    private long previousSize;

    @Column(name = "tree_size", nullable = false)
    private long treeSize;

    @Column(name = "digest_algorithm", length = 16, nullable = false)
    private String digestAlgorithm = "";

    @Column(name = "root", length = 128, nullable = false)
    private String root = "";

    @Column(name = "signature_algorithm", length = 32, nullable = false)
    private String signatureAlgorithm = "";

    @Column(name = "key_id", length = 64, nullable = false)
    private String keyId = "";

    @Column(name = "sealed_at_seconds", nullable = false)
    private long sealedAtSeconds;

    @Column(name = "sealed_at_nanos", nullable = false)
    private int sealedAtNanos;

    @Column(name = "reason", length = 1000)
    private @Nullable String reason;

    @Column(name = "signature", length = 1024, nullable = false)
    private String signature = "";

    @Column(name = "timestamp_token", length = 65536)
    private @Nullable String timestampToken;

    @Column(name = "consistency_proof", length = 16384, nullable = false)
    private String consistencyProof = "";

    /** For the persistence provider. */
    protected SealEntity() {
    }

    static SealEntity of(Seal seal) {
        SealStatement s = seal.statement();
        SealEntity e = new SealEntity();
        e.dossierId = s.dossier().value();
        e.version = s.version();
        e.kind = s.kind().name();
        e.previousSize = s.previousSize();
        e.treeSize = s.treeSize();
        e.digestAlgorithm = s.digestAlgorithm().standardName();
        e.root = s.root().hex();
        e.signatureAlgorithm = s.signatureAlgorithm();
        e.keyId = s.keyId();
        e.sealedAtSeconds = s.sealedAt().getEpochSecond();
        e.sealedAtNanos = s.sealedAt().getNano();
        e.reason = s.reason();
        e.signature = seal.signature().hex();
        e.timestampToken = seal.timestampToken() == null ? null : seal.timestampToken().hex();
        StringBuilder sb = new StringBuilder();
        for (Digest d : seal.consistencyProof()) {
            sb.append(sb.length() == 0 ? "" : ",").append(d.hex());
        }
        e.consistencyProof = sb.toString();
        return e;
    }

    Seal toValue() {
        try {
            DigestAlgorithm alg = DigestAlgorithm.byName(digestAlgorithm);
            SealStatement s = new SealStatement(DossierId.of(dossierId), version, SealKind.valueOf(kind), previousSize,
                    treeSize, new Digest(alg, root), signatureAlgorithm, keyId,
                    Instant.ofEpochSecond(sealedAtSeconds, sealedAtNanos), reason);
            List<Digest> proof = new ArrayList<>();
            if (!consistencyProof.isEmpty()) {
                for (String h : consistencyProof.split(",", -1)) {
                    proof.add(new Digest(alg, h));
                }
            }
            return new Seal(s, Octets.of(HexFormat.of().parseHex(signature)),
                    timestampToken == null ? null : Octets.of(HexFormat.of().parseHex(timestampToken)), proof);
        } catch (RuntimeException e) {
            throw new IntegrityException(ErrorCode.SEAL_ENCODING_MALFORMED, "dossier " + dossierId + "/seal v" + version,
                    "stored seal v%d of dossier %s does not form a seal: %s".formatted(version, dossierId,
                            e.getMessage()), e);
        }
    }

    /** The composite key: dossier and version. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String dossierId = "";
        private int version;

        /** For the persistence provider. */
        public Key() {
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && k.dossierId.equals(dossierId) && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, version);
        }
    }
}
