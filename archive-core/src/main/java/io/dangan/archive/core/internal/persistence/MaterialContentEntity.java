package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code dangan_material_content}: one row per {@link ContentRef} of a material, keyed by the
 * material and the reference's position in its list. The digests are one column in the canonical form
 * {@code SM3:<hex>,SHA-256:<hex>} (in list order), since they are always read with their reference.
 */
@Entity(name = "DanganMaterialContent")
@Table(name = "dangan_material_content")
@IdClass(MaterialContentEntity.Key.class)
public class MaterialContentEntity {
    @Id
    @Column(name = "material_id", length = 64, nullable = false)
    private String materialId = "";

    @Id
    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "file_name", length = 510, nullable = false)
    private String fileName = "";

    @Column(name = "media_type", length = 255, nullable = false)
    private String mediaType = "";

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "digests", length = 400, nullable = false)
    private String digests = "";

    /** For the persistence provider. */
    protected MaterialContentEntity() {
    }

    static MaterialContentEntity of(String materialId, int ordinal, ContentRef ref) {
        MaterialContentEntity e = new MaterialContentEntity();
        e.materialId = materialId;
        e.ordinal = ordinal;
        e.fileName = ref.fileName();
        e.mediaType = ref.mediaType();
        e.size = ref.size();
        StringBuilder sb = new StringBuilder();
        for (Digest d : ref.digests()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(d.algorithm().standardName()).append(':').append(d.hex());
        }
        e.digests = sb.toString();
        return e;
    }

    String materialId() {
        return materialId;
    }

    ContentRef toValue() {
        List<Digest> list = new ArrayList<>();
        for (String part : digests.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IntegrityException(ErrorCode.STORE_FAILURE, "material " + materialId + "/contents/" + ordinal,
                        "stored digests of material %s content %d are malformed: '%s', expected ALGORITHM:hex[,...]"
                                .formatted(materialId, ordinal, digests));
            }
            list.add(new Digest(DigestAlgorithm.byName(part.substring(0, colon)), part.substring(colon + 1)));
        }
        return new ContentRef(fileName, mediaType, size, list);
    }

    /** The composite key: material id and position. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String materialId = "";
        private int ordinal;

        /** For the persistence provider. */
        public Key() {
        }

        @Override
        public boolean equals(@org.jspecify.annotations.Nullable Object o) {
            return o instanceof Key k && k.materialId.equals(materialId) && k.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(materialId, ordinal);
        }
    }
}
