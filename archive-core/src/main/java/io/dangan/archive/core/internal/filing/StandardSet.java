package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.StandardRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A standard registry with each standard compiled once. Immutable and thread-safe. */
public final class StandardSet {
    private final StandardRegistry registry;
    private final Map<String, CompiledStandard> compiled = new HashMap<>();

    /**
     * @param registry the standards and mappings
     */
    public StandardSet(StandardRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        for (FilingStandard s : registry.standards()) {
            compiled.put(s.id(), new CompiledStandard(s));
        }
    }

    /** @return the registry */
    public StandardRegistry registry() {
        return registry;
    }

    /**
     * @param date a date
     * @return the standard in force on it, compiled
     * @throws io.dangan.archive.NotFoundException {@code STANDARD_NOT_IN_FORCE} before every standard
     */
    public CompiledStandard inForce(LocalDate date) {
        return compiled.get(registry.inForce(date).id());
    }

    /**
     * @param id a standard id
     * @return the standard, compiled
     * @throws io.dangan.archive.NotFoundException {@code STANDARD_NOT_IN_FORCE} for an unknown id
     */
    public CompiledStandard get(String id) {
        return compiled.get(registry.get(id).id());
    }
}
