package io.dangan.archive.filing;

import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One material as received from the forming unit, before review.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when a field does not validate.
 *
 * @param id the id the material will carry
 * @param title its title (材料名称), 1-200 characters
 * @param typeCode its material type in the standard in force
 * @param category the category proposed by the forming unit, or {@code null} to take the type's category
 * @param formedDate its formation date (形成时间)
 * @param pages its page count, at least 1
 * @param contents its content files, possibly empty
 * @param formalities the formalities it shows
 * @param facts the special-audit facts it states, or {@code null} when it states none
 */
public record ReceivedMaterial(MaterialId id, String title, String typeCode, @Nullable MaterialCategory category,
        LocalDate formedDate, int pages, List<ContentRef> contents, Formalities formalities, @Nullable FactSheet facts) {
    public ReceivedMaterial {
        Objects.requireNonNull(id, "id");
        title = Texts.require(title, "material " + id + "/title", 200);
        typeCode = Texts.typeCode(typeCode, "material " + id + "/typeCode");
        Objects.requireNonNull(formedDate, "formedDate");
        if (pages < 1) {
            throw new io.dangan.archive.InvalidInputException(io.dangan.archive.ErrorCode.VALUE_OUT_OF_RANGE,
                    "material " + id + "/pages", "material %s has %d pages, expected at least 1".formatted(id, pages));
        }
        contents = List.copyOf(contents);
        Objects.requireNonNull(formalities, "formalities");
    }
}
