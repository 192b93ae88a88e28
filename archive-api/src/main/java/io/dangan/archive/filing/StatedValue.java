package io.dangan.archive.filing;

import io.dangan.archive.model.MaterialId;
import java.util.Objects;

/**
 * A value a material states, as cited in a conflict.
 *
 * @param material the material, or the pseudo-id {@code dossier-record} for the subject's record
 * @param title its title, for the rendering
 * @param value the value as text
 */
public record StatedValue(MaterialId material, String title, String value) {
    public StatedValue {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
    }
}
