package io.dangan.archive.access;

import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user account (用户) as the access directory knows it: the person behind it, the units it works
 * for, its roles and its clearance. The decision point resolves principals from the directory by id, so
 * a caller cannot assert its own roles.
 *
 * @param id the account
 * @param person the person behind the account, in the same id space as dossier subjects, so recusal can
 *     compare them (a user who is a cadre has their own dossier under this id)
 * @param units the units the user acts for (at least one)
 * @param roles the roles held
 * @param clearance the highest sensitivity the user may see (涉密等级)
 */
public record Principal(PrincipalId id, SubjectId person, Set<UnitId> units, Set<Role> roles,
        Classification clearance) {
    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        units = Set.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("principal " + id + " has no unit");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(clearance, "clearance");
    }

    /**
     * @param role a role
     * @return true when the principal holds it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
