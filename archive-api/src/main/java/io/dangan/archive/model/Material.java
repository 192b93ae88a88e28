package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One material (档案材料) of a dossier: a document formed by a unit about the subject, with its
 * category, its place in the catalogue (目录) once filed, and its content files.
 *
 * <p>Construction throws {@link InvalidInputException} when a field does not validate.
 *
 * @param id the material's id
 * @param dossier the dossier it belongs to
 * @param category its category code (e.g. {@code 4-1})
 * @param title the title as it appears in the catalogue (材料名称), 1-200 characters
 * @param typeCode the material type of the filing standard (e.g. {@code RESUME} for 履历表), or {@code null}
 * @param formedDate the date the material was formed (形成时间)
 * @param sourceUnit the name of the forming unit (形成单位), 1-128 characters
 * @param receivedDate the date the dossier office received it, or {@code null} when not recorded
 * @param pages the number of pages (页数), at least 1
 * @param contents references to its content files (scans, PDF or OFD), possibly empty for paper-only material
 * @param status its lifecycle state
 * @param sequence its sequence number (序号) within its category once filed, 1-based; 0 before filing
 * @param version the optimistic-lock version, 0 for a material not yet stored
 */
public record Material(
        MaterialId id,
        DossierId dossier,
        MaterialCategory category,
        String title,
        @Nullable String typeCode,
        LocalDate formedDate,
        String sourceUnit,
        @Nullable LocalDate receivedDate,
        int pages,
        List<ContentRef> contents,
        MaterialStatus status,
        int sequence,
        long version) {

    public Material {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(category, "category");
        title = Checks.text(title, "title", 200);
        if (typeCode != null) {
            typeCode = Checks.text(typeCode, "typeCode", 64);
        }
        Objects.requireNonNull(formedDate, "formedDate");
        sourceUnit = Checks.text(sourceUnit, "sourceUnit", 128);
        contents = List.copyOf(Objects.requireNonNull(contents, "contents"));
        Objects.requireNonNull(status, "status");
        if (pages < 1) {
            throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, "material " + id + "/pages",
                    "material %s has %d pages, expected at least 1".formatted(id, pages));
        }
        if (sequence < 0) {
            throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, "material " + id + "/sequence",
                    "material %s has sequence %d, expected 0 (unfiled) or more".formatted(id, sequence));
        }
        if (receivedDate != null && receivedDate.isBefore(formedDate)) {
            throw new InvalidInputException(ErrorCode.DATE_ORDER, "material " + id + "/receivedDate",
                    "material %s was received %s, before it was formed %s".formatted(id, receivedDate, formedDate));
        }
        if (version < 0) {
            throw new IllegalArgumentException("version " + version + " is negative");
        }
    }

    /**
     * @param newStatus the new status
     * @return a copy with another status
     */
    public Material withStatus(MaterialStatus newStatus) {
        return new Material(id, dossier, category, title, typeCode, formedDate, sourceUnit, receivedDate, pages,
                contents, newStatus, sequence, version);
    }

    /**
     * Files the material at a place in the catalogue.
     *
     * @param newCategory the category it is filed under
     * @param newSequence its sequence within that category, 1-based
     * @return a copy with status {@link MaterialStatus#FILED}
     */
    public Material filedAt(MaterialCategory newCategory, int newSequence) {
        if (newSequence < 1) {
            throw new IllegalArgumentException("sequence " + newSequence + " is below 1");
        }
        return new Material(id, dossier, newCategory, title, typeCode, formedDate, sourceUnit, receivedDate, pages,
                contents, MaterialStatus.FILED, newSequence, version);
    }

    /**
     * @param newVersion the optimistic-lock version
     * @return a copy with another version
     */
    public Material withVersion(long newVersion) {
        return new Material(id, dossier, category, title, typeCode, formedDate, sourceUnit, receivedDate, pages,
                contents, status, sequence, newVersion);
    }
}
