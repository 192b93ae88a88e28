package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import java.util.List;
import java.util.Objects;

/**
 * A dossier's catalogue (目录) in the order of its filing standard: by category in the scheme's order,
 * then by each category's ordering rule.
 *
 * @param dossier the dossier
 * @param standard the id of the standard whose order it follows
 * @param entries the lines, in order
 */
public record Catalogue(DossierId dossier, String standard, List<CatalogueEntry> entries) {
    public Catalogue {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(standard, "standard");
        entries = List.copyOf(entries);
    }

    /**
     * @param category a category
     * @return its lines, in order
     */
    public List<CatalogueEntry> of(MaterialCategory category) {
        return entries.stream().filter(e -> e.category().equals(category)).toList();
    }

    /** @return a plain-text rendering in Chinese */
    public String toText() {
        StringBuilder b = new StringBuilder("档案目录  ").append(dossier).append("  （").append(standard).append("）\n");
        b.append("类号  序号  材料名称  形成时间  页数  页码\n");
        for (CatalogueEntry e : entries) {
            b.append(e.category()).append("  ").append(e.sequence()).append("  ").append(e.title()).append("  ")
                    .append(e.formedDate()).append("  ").append(e.pages()).append("  ").append(e.firstPage())
                    .append('-').append(e.lastPage()).append('\n');
        }
        return b.toString();
    }
}
