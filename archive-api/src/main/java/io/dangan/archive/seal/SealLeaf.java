package io.dangan.archive.seal;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.util.Objects;

/**
 * One leaf of a dossier's seal tree as stored (封印叶子): one revision of one material, in its canonical encoding
 * ({@code docs/seal-format.md}). The leaf hash is {@code H(0x00 || encoded)} (RFC 6962).
 *
 * <p>Construction throws {@link IllegalArgumentException} for a negative index, a revision below 1 or a seal version
 * below 1.
 *
 * @param dossier the dossier
 * @param index the leaf's position in the tree, from zero
 * @param material the material it records
 * @param revision the material's revision, 1 when filed, one more per amendment
 * @param kind what the leaf records
 * @param sealVersion the seal version that first covered this leaf
 * @param encoded the canonical leaf bytes
 */
public record SealLeaf(DossierId dossier, long index, MaterialId material, int revision, LeafKind kind,
        int sealVersion, Octets encoded) {

    /** Validates. */
    public SealLeaf {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(encoded, "encoded");
        if (index < 0 || revision < 1 || sealVersion < 1) {
            throw new IllegalArgumentException("leaf %d of %s: index, revision %d or seal version %d out of range"
                    .formatted(index, dossier, revision, sealVersion));
        }
    }
}
