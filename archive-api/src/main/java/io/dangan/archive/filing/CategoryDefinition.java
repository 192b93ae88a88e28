package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialCategory;
import java.util.Objects;

/**
 * One class (类) or sub-class (小类) of a filing standard's category scheme.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when the name is blank or too long.
 *
 * @param category the code, e.g. {@code 1} or {@code 4-1}
 * @param name the official name, e.g. {@code 履历类材料}, 1-64 characters
 * @param ordering how materials are ordered within it
 */
public record CategoryDefinition(MaterialCategory category, String name, OrderingRule ordering) {
    public CategoryDefinition {
        Objects.requireNonNull(category, "category");
        name = Texts.require(name, "category " + category + "/name", 64);
        Objects.requireNonNull(ordering, "ordering");
    }
}
