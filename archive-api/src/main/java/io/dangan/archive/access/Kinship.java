package io.dangan.archive.access;

import io.dangan.archive.model.SubjectId;
import java.util.Objects;

/**
 * A recorded kinship (亲属关系): {@code relative} is {@code relation} of {@code person} (e.g. person's
 * {@code PARENT}). The directory reads it in both directions.
 *
 * @param person one person
 * @param relative the other person
 * @param relation what {@code relative} is to {@code person}
 */
public record Kinship(SubjectId person, SubjectId relative, RelationKind relation) {
    public Kinship {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(relation, "relation");
        if (person.equals(relative)) {
            throw new IllegalArgumentException("kinship of " + person + " with themself");
        }
    }
}
