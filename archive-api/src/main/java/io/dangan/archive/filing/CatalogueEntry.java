package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a dossier's catalogue (目录): a filed material with its place and page range. Pages are
 * numbered from 1 within each category, as paper dossiers are.
 *
 * @param category the category
 * @param sequence the sequence number within the category (序号), 1-based
 * @param material the material
 * @param title its title
 * @param formedDate its formation date
 * @param pages its page count
 * @param firstPage the first page number within the category
 * @param lastPage the last page number within the category
 */
public record CatalogueEntry(MaterialCategory category, int sequence, MaterialId material, String title,
        LocalDate formedDate, int pages, int firstPage, int lastPage) {
    public CatalogueEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(formedDate, "formedDate");
        if (sequence < 1 || pages < 1 || firstPage < 1 || lastPage != firstPage + pages - 1) {
            throw new IllegalArgumentException("catalogue entry %s: sequence %d, pages %d, range %d-%d".formatted(
                    material, sequence, pages, firstPage, lastPage));
        }
    }
}
