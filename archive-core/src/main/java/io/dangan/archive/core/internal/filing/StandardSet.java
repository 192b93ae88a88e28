package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.StandardLibrary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A standard library with each standard compiled once. Immutable and thread-safe. */
public final class StandardSet {
    private final StandardLibrary library;
    private final Map<String, CompiledStandard> compiled = new HashMap<>();

    /**
     * @param library the standards and mappings
     */
    public StandardSet(StandardLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
        for (FilingStandard s : library.standards()) {
            compiled.put(s.id(), new CompiledStandard(s));
        }
    }

    /** @return the library */
    public StandardLibrary library() {
        return library;
    }

    /**
     * @param date a date
     * @return the standard in force on it, compiled
     * @throws io.dangan.archive.NotFoundException {@code STANDARD_NOT_IN_FORCE} before every standard
     */
    public CompiledStandard inForce(LocalDate date) {
        return compiled.get(library.inForce(date).id());
    }

    /**
     * @param id a standard id
     * @return the standard, compiled
     * @throws io.dangan.archive.NotFoundException {@code STANDARD_NOT_IN_FORCE} for an unknown id
     */
    public CompiledStandard get(String id) {
        return compiled.get(library.get(id).id());
    }
}
