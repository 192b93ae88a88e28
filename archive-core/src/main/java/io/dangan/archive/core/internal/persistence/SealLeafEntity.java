package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.seal.LeafKind;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.SealLeaf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_seal_leaf}: one row per leaf of a dossier's seal tree, append-only; the bytes as hex. */
@Entity(name = "DanganSealLeaf")
@Table(name = "dangan_seal_leaf",
        indexes = @Index(name = "ix_dangan_seal_leaf_material", columnList = "material_id, leaf_index"))
@IdClass(SealLeafEntity.Key.class)
public class SealLeafEntity {
    @Id
    @Column(name = "dossier_id", length = 64, nullable = false)
    private String dossierId = "";

    @Id
    @Column(name = "leaf_index", nullable = false)
    private long leafIndex;

    @Column(name = "material_id", length = 64, nullable = false)
    private String materialId = "";

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "kind", length = 16, nullable = false)
    private String kind = "";

    @Column(name = "seal_version", nullable = false)
    private int sealVersion;

    @Column(name = "encoded", length = 1_000_000, nullable = false)
    private String encoded = "";

    /** For the persistence provider. */
    protected SealLeafEntity() {
    }

    static SealLeafEntity of(SealLeaf leaf) {
        SealLeafEntity e = new SealLeafEntity();
        e.dossierId = leaf.dossier().value();
        e.leafIndex = leaf.index();
        e.materialId = leaf.material().value();
        e.revision = leaf.revision();
        e.kind = leaf.kind().name();
        e.sealVersion = leaf.sealVersion();
        e.encoded = leaf.encoded().hex();
        return e;
    }

    SealLeaf toValue() {
        try {
            return new SealLeaf(DossierId.of(dossierId), leafIndex, MaterialId.of(materialId), revision,
                    LeafKind.valueOf(kind), sealVersion, Octets.of(HexFormat.of().parseHex(encoded)));
        } catch (RuntimeException e) {
            throw new IntegrityException(ErrorCode.SEAL_ENCODING_MALFORMED, "dossier " + dossierId + "/leaf " + leafIndex,
                    "stored leaf %d of dossier %s does not form a leaf: %s".formatted(leafIndex, dossierId,
                            e.getMessage()), e);
        }
    }

    /** The composite key: dossier and leaf index. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String dossierId = "";
        private long leafIndex;

        /** For the persistence provider. */
        public Key() {
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && k.dossierId.equals(dossierId) && k.leafIndex == leafIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, leafIndex);
        }
    }
}
