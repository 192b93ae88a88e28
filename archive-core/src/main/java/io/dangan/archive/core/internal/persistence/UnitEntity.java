package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/** Table {@code dangan_unit}: one row per {@link Unit}. */
@Entity(name = "DanganUnit")
@Table(name = "dangan_unit",
        uniqueConstraints = @UniqueConstraint(name = "uk_dangan_unit_code", columnNames = "code"),
        indexes = @Index(name = "ix_dangan_unit_parent", columnList = "parent_id, id"))
public class UnitEntity {
    @Id
    @Column(name = "id", length = 64, nullable = false)
    private String id = "";

    @Column(name = "name", length = 256, nullable = false)
    private String name = "";

    @Column(name = "code", length = 18)
    private @Nullable String code;

    @Column(name = "parent_id", length = 64)
    private @Nullable String parentId;

    /** For the persistence provider. */
    protected UnitEntity() {
    }

    static UnitEntity of(Unit unit) {
        UnitEntity e = new UnitEntity();
        e.id = unit.id().value();
        e.name = unit.name();
        e.code = unit.code() == null ? null : unit.code().value();
        e.parentId = unit.parent() == null ? null : unit.parent().value();
        return e;
    }

    Unit toValue() {
        return new Unit(new UnitId(id), name, code == null ? null : new UnitCode(code),
                parentId == null ? null : new UnitId(parentId));
    }
}
