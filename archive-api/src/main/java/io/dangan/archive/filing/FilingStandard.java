package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.MaterialCategory;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned filing standard (归档标准): a category scheme with its ordering rules, the material types
 * bound to categories, the completeness rules, the filing deadline and the special-audit limits, in force
 * from a date. Standards ship as data (JSON resources) and an integrator may add a local 细则 that extends
 * a shipped one; this value is the resolved, flattened result.
 *
 * <p>A class that has sub-classes is not itself a filing place: materials go to one of its sub-classes.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code STANDARD_INVALID} for duplicate codes
 * or ids and {@code STANDARD_UNKNOWN_REFERENCE} for a type or rule that names an undefined category or type;
 * the location is a JSON pointer into the flattened standard.
 *
 * @param id the standard's id, e.g. {@code cadre-2018}
 * @param name the Chinese name, 1-128 characters
 * @param effectiveFrom the first day it is in force
 * @param parent the id of the standard it extends, or {@code null}
 * @param categories the classes and sub-classes, in catalogue order
 * @param types the material types, in the order {@link OrderingRule#TYPE_THEN_FORMED_DATE} uses
 * @param rules the completeness rules
 * @param filingDeadline how long after formation a material must reach the dossier office (one month)
 * @param chaseInterval how long after registering a missing material it is chased (催收)
 * @param specialAudit plausibility limits of the special audit
 * @param unverified JSON pointers of values that ship as unverified data an integrator should confirm
 */
public record FilingStandard(
        String id,
        String name,
        LocalDate effectiveFrom,
        @Nullable String parent,
        List<CategoryDefinition> categories,
        List<MaterialType> types,
        List<CompletenessRule> rules,
        Period filingDeadline,
        Period chaseInterval,
        SpecialAuditPolicy specialAudit,
        List<String> unverified) {

    public FilingStandard {
        id = Texts.standardId(id, "id");
        name = Texts.require(name, "standard " + id + "/name", 128);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (parent != null) {
            parent = Texts.standardId(parent, "extends");
        }
        categories = List.copyOf(categories);
        types = List.copyOf(types);
        rules = List.copyOf(rules);
        Objects.requireNonNull(filingDeadline, "filingDeadline");
        Objects.requireNonNull(chaseInterval, "chaseInterval");
        Objects.requireNonNull(specialAudit, "specialAudit");
        unverified = List.copyOf(unverified);
        if (filingDeadline.isNegative() || filingDeadline.isZero() || chaseInterval.isNegative() || chaseInterval.isZero()) {
            throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "/filingDeadline",
                    "standard %s: filing deadline %s and chase interval %s must be positive".formatted(
                            id, filingDeadline, chaseInterval));
        }
        validate(id, categories, types, rules);
    }

    private static void validate(String id, List<CategoryDefinition> categories, List<MaterialType> types,
            List<CompletenessRule> rules) {
        Set<MaterialCategory> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            MaterialCategory c = categories.get(i).category();
            if (!codes.add(c)) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "/categories/" + i + "/code",
                        "standard %s defines category %s twice".formatted(id, c));
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            MaterialCategory c = categories.get(i).category();
            if (c.hasSubClass() && !codes.contains(MaterialCategory.ofClass(c.classNumber()))) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, "/categories/" + i + "/code",
                        "standard %s defines sub-class %s without its class %d".formatted(id, c, c.classNumber()));
            }
        }
        Set<String> typeCodes = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            MaterialType t = types.get(i);
            if (!typeCodes.add(t.code())) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "/types/" + i + "/code",
                        "standard %s defines material type %s twice".formatted(id, t.code()));
            }
            if (!codes.contains(t.category()) || hasSubClasses(codes, t.category())) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, "/types/" + i + "/category",
                        "standard %s: material type %s is bound to category %s, which is %s".formatted(id, t.code(),
                                t.category(), codes.contains(t.category()) ? "a class with sub-classes" : "not defined"));
            }
        }
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            CompletenessRule r = rules.get(i);
            if (!ruleIds.add(r.id())) {
                throw new InvalidInputException(ErrorCode.STANDARD_INVALID, "/rules/" + i + "/id",
                        "standard %s defines rule %s twice".formatted(id, r.id()));
            }
            if (!typeCodes.contains(r.typeCode())) {
                throw new InvalidInputException(ErrorCode.STANDARD_UNKNOWN_REFERENCE, "/rules/" + i + "/type",
                        "standard %s: rule %s requires material type %s, which is not defined".formatted(
                                id, r.id(), r.typeCode()));
            }
        }
    }

    private static boolean hasSubClasses(Set<MaterialCategory> codes, MaterialCategory c) {
        if (c.hasSubClass()) {
            return false;
        }
        for (MaterialCategory other : codes) {
            if (other.hasSubClass() && other.classNumber() == c.classNumber()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param category a category code
     * @return its definition, or empty when this standard does not define it
     */
    public Optional<CategoryDefinition> category(MaterialCategory category) {
        for (CategoryDefinition d : categories) {
            if (d.category().equals(category)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether materials may be filed under a category: it is defined and is a sub-class or a class
     * without sub-classes.
     *
     * @param category the category
     * @return true when materials may be filed there
     */
    public boolean isFilingPlace(MaterialCategory category) {
        if (category(category).isEmpty()) {
            return false;
        }
        if (category.hasSubClass()) {
            return true;
        }
        for (CategoryDefinition d : categories) {
            if (d.category().hasSubClass() && d.category().classNumber() == category.classNumber()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param code a material type code
     * @return the type, or empty when this standard does not define it
     */
    public Optional<MaterialType> type(String code) {
        for (MaterialType t : types) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the material types by code, a fresh map
     */
    public Map<String, MaterialType> typesByCode() {
        Map<String, MaterialType> m = new HashMap<>();
        for (MaterialType t : types) {
            m.put(t.code(), t);
        }
        return m;
    }

    /**
     * @param date a date
     * @return true when this standard's effective-from date is on or before the date
     */
    public boolean effectiveOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }
}
