package io.dangan.archive.access;

import java.util.Objects;

/**
 * One obligation attached to a decision.
 *
 * @param kind what to do
 * @param detail its parameter: the watermark text, the number of readers, the return instant
 *     (ISO-8601); empty when there is none
 */
public record Obligation(ObligationKind kind, String detail) {
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * @param kind the kind
     * @return an obligation without detail
     */
    public static Obligation of(ObligationKind kind) {
        return new Obligation(kind, "");
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? kind.name() : kind + "(" + detail + ")";
    }
}
