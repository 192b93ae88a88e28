package io.dangan.archive.core.internal.json;

import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.SpecialAuditPolicy;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A filing standard as one JSON document states it, before its {@code extends} chain is resolved: a local
 * 细则 states only what it adds, overrides or removes. Inherited settings are {@code null}.
 *
 * @param source the file or resource name, for error locations
 * @param id the standard's id
 * @param name its name
 * @param effectiveFrom its first day in force
 * @param parent the id it extends, or {@code null}
 * @param filingDeadline the filing deadline, or {@code null} to inherit
 * @param chaseInterval the chase interval, or {@code null} to inherit
 * @param specialAudit the special-audit limits, or {@code null} to inherit
 * @param categories categories defined or overridden, with their JSON pointers
 * @param types material types defined or overridden
 * @param rules completeness rules defined or overridden
 * @param removedRules ids of inherited rules this document removes
 * @param unverified JSON pointers of unverified values
 */
public record StandardDocument(String source, String id, String name, LocalDate effectiveFrom, @Nullable String parent,
        @Nullable Period filingDeadline, @Nullable Period chaseInterval, @Nullable SpecialAuditPolicy specialAudit,
        List<Located<CategoryDefinition>> categories, List<Located<MaterialType>> types,
        List<Located<CompletenessRule>> rules, List<Located<String>> removedRules, List<String> unverified) {

    public StandardDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        categories = List.copyOf(categories);
        types = List.copyOf(types);
        rules = List.copyOf(rules);
        removedRules = List.copyOf(removedRules);
        unverified = List.copyOf(unverified);
    }

    /**
     * A value with the JSON pointer it was read from.
     *
     * @param value the value
     * @param pointer its JSON pointer within the document
     * @param <T> the value type
     */
    public record Located<T>(T value, String pointer) {
        public Located {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(pointer, "pointer");
        }
    }
}
