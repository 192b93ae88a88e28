package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.OrderingRule;
import io.dangan.archive.model.MaterialCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filing standard indexed for the engines: constant-time lookups of categories, filing places and
 * material types, rules grouped by required type. Immutable and thread-safe.
 */
public final class CompiledStandard {
    private final FilingStandard standard;
    private final Map<MaterialCategory, CategoryDefinition> categories = new HashMap<>();
    private final Set<MaterialCategory> places = new HashSet<>();
    private final Map<String, MaterialType> types = new HashMap<>();
    private final Map<String, Integer> typeOrder = new HashMap<>();
    private final List<String> requiredTypes;
    private final Map<String, List<CompletenessRule>> rulesByType = new HashMap<>();

    /**
     * @param standard the resolved standard
     */
    public CompiledStandard(FilingStandard standard) {
        this.standard = standard;
        for (CategoryDefinition c : standard.categories()) {
            categories.put(c.category(), c);
            if (standard.isFilingPlace(c.category())) {
                places.add(c.category());
            }
        }
        for (int i = 0; i < standard.types().size(); i++) {
            MaterialType t = standard.types().get(i);
            types.put(t.code(), t);
            typeOrder.put(t.code(), i);
        }
        List<String> required = new ArrayList<>();
        for (CompletenessRule r : standard.rules()) {
            rulesByType.computeIfAbsent(r.typeCode(), k -> {
                required.add(k);
                return new ArrayList<>();
            }).add(r);
        }
        requiredTypes = List.copyOf(required);
    }

    /** @return the standard */
    public FilingStandard standard() {
        return standard;
    }

    /** @return the standard's id */
    public String id() {
        return standard.id();
    }

    /**
     * @param category a category
     * @return true when materials may be filed there
     */
    public boolean isFilingPlace(MaterialCategory category) {
        return places.contains(category);
    }

    /**
     * @param category a category
     * @return its definition, or {@code null}
     */
    public @Nullable CategoryDefinition category(MaterialCategory category) {
        return categories.get(category);
    }

    /**
     * @param category a category
     * @return its ordering rule; {@link OrderingRule#FILING_ORDER} for a category the standard does not know
     */
    public OrderingRule ordering(MaterialCategory category) {
        CategoryDefinition d = categories.get(category);
        return d == null ? OrderingRule.FILING_ORDER : d.ordering();
    }

    /**
     * @param code a type code
     * @return the type, or {@code null}
     */
    public @Nullable MaterialType type(@Nullable String code) {
        return code == null ? null : types.get(code);
    }

    /**
     * @param code a type code
     * @return its position in the standard's type list; {@code Integer.MAX_VALUE} when unknown
     */
    public int typeOrder(@Nullable String code) {
        Integer i = code == null ? null : typeOrder.get(code);
        return i == null ? Integer.MAX_VALUE : i;
    }

    /** @return the type codes some rule requires, in first-rule order */
    public List<String> requiredTypes() {
        return requiredTypes;
    }

    /**
     * @param typeCode a required type
     * @return the rules requiring it
     */
    public List<CompletenessRule> rulesFor(String typeCode) {
        return rulesByType.getOrDefault(typeCode, List.of());
    }
}
