package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CatalogueEntry;
import io.dangan.archive.filing.OrderingRule;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Catalogue order (目录排序): places materials within a category by the category's ordering rule and builds
 * the catalogue with per-category page numbers.
 */
public final class CatalogueOrder {
    private CatalogueOrder() {
    }

    /**
     * Orders one category's filed materials with a newly filed one and numbers them 1..n.
     *
     * @param standard the standard
     * @param category the category
     * @param existing the materials filed there now
     * @param added the material being filed there
     * @return every material of the category with its new sequence, in order
     */
    public static List<Material> place(CompiledStandard standard, MaterialCategory category, List<Material> existing,
            Material added) {
        List<Material> all = new ArrayList<>(existing.size() + 1);
        for (Material m : existing) {
            if (!m.id().equals(added.id())) {
                all.add(m);
            }
        }
        OrderingRule rule = standard.ordering(category);
        Comparator<Material> bySequence = Comparator.comparingInt(Material::sequence).thenComparing(Material::id);
        Comparator<Material> order = switch (rule) {
            case FORMED_DATE -> Comparator.comparing(Material::formedDate).thenComparing(Material::title)
                    .thenComparing(Material::id);
            case TYPE_THEN_FORMED_DATE -> Comparator.comparingInt((Material m) -> standard.typeOrder(m.typeCode()))
                    .thenComparing(Material::formedDate).thenComparing(Material::id);
            case FILING_ORDER -> bySequence;
        };
        if (rule == OrderingRule.FILING_ORDER) {
            all.sort(bySequence);
            all.add(added);
        } else {
            all.add(added);
            all.sort(order);
        }
        List<Material> numbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            numbered.add(all.get(i).filedAt(category, i + 1));
        }
        return numbered;
    }

    /**
     * Builds the catalogue of a dossier's filed materials in category order, then sequence.
     *
     * @param dossier the dossier
     * @param standardId the standard's id
     * @param materials the dossier's materials, any status; only filed ones are listed
     * @return the catalogue
     */
    public static Catalogue catalogue(DossierId dossier, String standardId, List<Material> materials) {
        Map<MaterialCategory, List<Material>> byCategory = new TreeMap<>();
        for (Material m : materials) {
            if (m.status() == MaterialStatus.FILED) {
                byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
            }
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Map.Entry<MaterialCategory, List<Material>> e : byCategory.entrySet()) {
            List<Material> list = e.getValue();
            list.sort(Comparator.comparingInt(Material::sequence).thenComparing(Material::id));
            int page = 1;
            for (Material m : list) {
                entries.add(new CatalogueEntry(e.getKey(), m.sequence(), m.id(), m.title(), m.formedDate(), m.pages(), page,
                        page + m.pages() - 1));
                page += m.pages();
            }
        }
        return new Catalogue(dossier, standardId, entries);
    }

    /**
     * @param before the materials before
     * @param after the same materials renumbered
     * @return how many changed sequence (a newly filed material counts as changed)
     */
    public static int renumbered(List<Material> before, List<Material> after) {
        Map<MaterialId, Integer> old = new TreeMap<>();
        before.forEach(m -> old.put(m.id(), m.sequence()));
        int changed = 0;
        for (Material m : after) {
            Integer s = old.get(m.id());
            if (s == null || s != m.sequence()) {
                changed++;
            }
        }
        return changed;
    }
}
