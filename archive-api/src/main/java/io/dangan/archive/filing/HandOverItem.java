package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialId;
import java.util.Objects;

/**
 * One material of a hand-over record with the formalities it showed on receipt.
 *
 * @param material the material
 * @param formalities its formalities (seals, signatures, copy marks)
 */
public record HandOverItem(MaterialId material, Formalities formalities) {
    public HandOverItem {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(formalities, "formalities");
    }
}
