package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOverItem;
import io.dangan.archive.model.MaterialId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_hand_over_item}: one row per material of a hand-over record, with its formalities. */
@Entity(name = "DanganHandOverItem")
@Table(name = "dangan_hand_over_item", indexes = {
    @Index(name = "ix_dangan_hand_over_item_record", columnList = "hand_over_id, ordinal"),
    @Index(name = "ix_dangan_hand_over_item_material", columnList = "material_id")})
public class HandOverItemEntity {
    @Id
    @Column(name = "id", length = 80, nullable = false)
    private String id = "";

    @Column(name = "hand_over_id", length = 64, nullable = false)
    private String handOverId = "";

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "material_id", length = 64, nullable = false)
    private String materialId = "";

    @Column(name = "is_original", nullable = false)
    private boolean original;

    @Column(name = "sealed", nullable = false)
    private boolean sealed;

    @Column(name = "signed", nullable = false)
    private boolean signed;

    @Column(name = "copy_date")
    private @Nullable LocalDate copyDate;

    @Column(name = "copying_unit", length = 256)
    private @Nullable String copyingUnit;

    /** For the persistence provider. */
    protected HandOverItemEntity() {
    }

    static HandOverItemEntity of(String handOverId, int ordinal, HandOverItem item) {
        HandOverItemEntity e = new HandOverItemEntity();
        e.id = handOverId + "#" + ordinal;
        e.handOverId = handOverId;
        e.ordinal = ordinal;
        e.materialId = item.material().value();
        Formalities f = item.formalities();
        e.original = f.original();
        e.sealed = f.sealed();
        e.signed = f.signed();
        e.copyDate = f.copyDate();
        e.copyingUnit = f.copyingUnit();
        return e;
    }

    String handOverId() {
        return handOverId;
    }

    HandOverItem toValue() {
        return new HandOverItem(new MaterialId(materialId), new Formalities(original, sealed, signed, copyDate, copyingUnit));
    }
}
