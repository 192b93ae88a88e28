package io.dangan.archive.filing;

import java.util.List;
import java.util.Objects;

/**
 * One conflict of the special audit, with every statement involved.
 *
 * @param kind what kind
 * @param fact which fact
 * @param detail a Chinese sentence stating it
 * @param statements the statements involved (materials, and the dossier record when it is one of them)
 */
public record FactConflict(ConflictKind kind, FactKind fact, String detail, List<StatedValue> statements) {
    public FactConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(detail, "detail");
        statements = List.copyOf(statements);
    }
}
