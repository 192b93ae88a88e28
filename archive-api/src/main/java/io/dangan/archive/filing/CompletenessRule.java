package io.dangan.archive.filing;

import java.util.Objects;

/**
 * A rule of completeness (材料齐全规则): a subject to whom the condition applies must have at least one
 * filed material of the type.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when a field does not validate.
 *
 * @param id the rule's stable id within its standard, e.g. {@code party-application}
 * @param typeCode the required material type's code
 * @param condition when the rule applies
 * @param description a Chinese sentence an archivist reads, 1-200 characters
 */
public record CompletenessRule(String id, String typeCode, SubjectCondition condition, String description) {
    public CompletenessRule {
        id = Texts.standardId(id, "rule/id");
        typeCode = Texts.typeCode(typeCode, "rule " + id + "/typeCode");
        Objects.requireNonNull(condition, "condition");
        description = Texts.require(description, "rule " + id + "/description", 200);
    }
}
