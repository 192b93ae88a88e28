package io.dangan.archive.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisational unit (单位): a party or government body that holds dossiers, forms materials, or
 * has management authority (管理权限) over cadres. Units form a tree through {@link #parent()}.
 *
 * @param id the unit's id
 * @param name the unit's name, 1-128 characters
 * @param code the unified social credit code, or {@code null} for an internal department without one
 * @param parent the parent unit, or {@code null} at the root
 */
public record Unit(UnitId id, String name, @Nullable UnitCode code, @Nullable UnitId parent) {
    public Unit {
        Objects.requireNonNull(id, "id");
        name = Checks.text(name, "name", 128);
        if (id.equals(parent)) {
            throw new IllegalArgumentException("unit " + id + " cannot be its own parent");
        }
    }
}
