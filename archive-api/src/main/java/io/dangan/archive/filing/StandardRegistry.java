package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The filing standards an archive knows (shipped ones and local 细则) with the mapping tables between them.
 * A dossier is always evaluated against the standard in force on a given date: the one with the latest
 * effective-from date on or before it; on a tie, the one that extends the other (a local 细则 beats its base).
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code STANDARD_DUPLICATE} for two standards
 * with one id, {@code STANDARD_UNKNOWN_REFERENCE} for a mapping or parent naming an unknown standard.
 *
 * @param standards the resolved standards
 * @param mappings the mapping tables
 */
public record StandardRegistry(List<FilingStandard> standards, List<StandardMapping> mappings) {
    public StandardRegistry {
        standards = List.copyOf(standards);
        mappings = List.copyOf(mappings);
        Set<String> ids = new HashSet<>();
        for (FilingStandard s : standards) {
            if (!ids.add(s.id())) {
                throw new InvalidInputException(ErrorCode.STANDARD_DUPLICATE, "standard " + s.id(),
                        "two filing standards have the id " + s.id());
            }
        }
        for (FilingStandard s : standards) {
            if (s.parent() != null && !ids.contains(s.parent())) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, "standard " + s.id() + "/extends",
                        "standard %s extends %s, which is not in the registry %s".formatted(s.id(), s.parent(), ids));
            }
        }
        for (StandardMapping m : mappings) {
            if (!ids.contains(m.from()) || !ids.contains(m.to())) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, "mapping " + m.from() + "->" + m.to(),
                        "mapping %s to %s names a standard not in the registry %s".formatted(m.from(), m.to(), ids));
            }
        }
    }

    /**
     * @param id a standard id
     * @return the standard
     * @throws NotFoundException with code {@code STANDARD_NOT_IN_FORCE} naming the known ids
     */
    public FilingStandard get(String id) {
        for (FilingStandard s : standards) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new NotFoundException(ErrorCode.STANDARD_NOT_IN_FORCE, "standard " + id,
                "no filing standard has the id %s; known: %s".formatted(id, standards.stream().map(FilingStandard::id).toList()));
    }

    /**
     * The standard in force on a date.
     *
     * @param date the date
     * @return the standard with the latest effective-from date on or before it
     * @throws NotFoundException with code {@code STANDARD_NOT_IN_FORCE} when every standard starts later
     */
    public FilingStandard inForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Optional<FilingStandard> best = standards.stream().filter(s -> s.effectiveOn(date))
                .max(Comparator.comparing(FilingStandard::effectiveFrom).thenComparingInt(this::depth));
        return best.orElseThrow(() -> new NotFoundException(ErrorCode.STANDARD_NOT_IN_FORCE, "date " + date,
                "no filing standard is in force on %s; earliest starts %s".formatted(date, standards.stream()
                        .map(FilingStandard::effectiveFrom).min(Comparator.naturalOrder()).map(LocalDate::toString)
                        .orElse("(none loaded)"))));
    }

    /**
     * @param from the old standard's id
     * @param to the new standard's id
     * @return the mapping table, or empty when none was loaded
     */
    public Optional<StandardMapping> mapping(String from, String to) {
        return mappings.stream().filter(m -> m.from().equals(from) && m.to().equals(to)).findFirst();
    }

    private int depth(FilingStandard s) {
        int depth = 0;
        String parent = s.parent();
        while (parent != null && depth <= standards.size()) {
            depth++;
            String p = parent;
            parent = standards.stream().filter(x -> x.id().equals(p)).findFirst().map(FilingStandard::parent).orElse(null);
        }
        return depth;
    }
}
