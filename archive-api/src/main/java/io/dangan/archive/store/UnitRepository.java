package io.dangan.archive.store;

import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import java.util.List;
import java.util.Optional;

/** Units (单位) in the store, forming a tree. */
public interface UnitRepository {
    /**
     * Stores a new unit.
     *
     * @param unit the unit; its parent, if any, must be stored
     * @return the stored unit
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the id or the unit code is taken
     * @throws io.dangan.archive.NotFoundException when the parent is not stored
     */
    Unit insert(Unit unit);

    /**
     * @param id the id
     * @return the unit, or empty
     */
    Optional<Unit> find(UnitId id);

    /**
     * @param parent the parent unit
     * @return its direct children, ordered by id
     */
    List<Unit> children(UnitId parent);

    /** @return every unit, ordered by id */
    List<Unit> all();
}
