package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One determined fact of the 认定表.
 *
 * @param kind the fact
 * @param value the determined value as text, or {@code null} when undetermined or not applicable
 * @param basis on what it was decided
 * @param sources the materials the value rests on
 * @param recorded the value the dossier record holds, or {@code null} when it holds none
 */
public record ResolvedFact(FactKind kind, @Nullable String value, FactBasis basis, List<MaterialId> sources,
        @Nullable String recorded) {
    public ResolvedFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        sources = List.copyOf(sources);
    }
}
