package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;

/**
 * The filing workflow (收集归档流程): register received materials with their hand-over record, review each
 * against the seven checks, then file it (category, sequence, page numbers) or return it to its forming
 * unit with reasons; the catalogue (目录) is regenerated in the standard's order on every filing.
 *
 * <p>Each method validates first and then changes state in one store transaction; nothing is written when it
 * throws. Each emits its {@link FilingEvent} after the transaction committed. Materials are judged against the
 * standard in force on the day of the step, by the archive's clock. Implementations are thread-safe.
 */
public interface FilingService {

    /**
     * Registers received materials (接收登记) with their hand-over record. Each material is stored with status
     * {@code RECEIVED}, the facts it states are stored beside it.
     *
     * @param request the delivery
     * @return the stored hand-over record
     * @throws io.dangan.archive.NotFoundException when the dossier or its subject is not stored
     * @throws io.dangan.archive.InvalidInputException {@code MATERIAL_TYPE_UNKNOWN} for a type the standard in force
     *     does not define, {@code CATEGORY_UNKNOWN} for a category that is not a filing place of it,
     *     {@code MATERIAL_FORMED_BEFORE_BIRTH}, {@code MATERIAL_FORMED_IN_FUTURE}, {@code DATE_ORDER} for a
     *     receipt date before formation; the location names the material id
     * @throws io.dangan.archive.ConflictException {@code MATERIAL_FILED_TWICE} when a material (by id, content
     *     digest, or type, title and formation date) is already in the dossier; {@code DUPLICATE} for a taken
     *     hand-over id
     */
    HandOver register(HandOverRequest request);

    /**
     * Reviews a received material (审核) against the seven checks and records the result; a material may be
     * reviewed again after correction.
     *
     * @param material the material, with status {@code RECEIVED} or {@code ACCEPTED}
     * @param input the reviewer's objections
     * @return the review record; its material is {@code ACCEPTED} when it passed, else stays {@code RECEIVED}
     * @throws io.dangan.archive.NotFoundException when the material is not stored
     * @throws io.dangan.archive.InvalidInputException {@code MATERIAL_STATE} when it is already filed or returned
     */
    ReviewRecord review(MaterialId material, ReviewInput input);

    /**
     * Files an accepted material (归档): places it in its category by the category's ordering rule, renumbers
     * the category and regenerates the catalogue.
     *
     * @param material the material, with a passed review
     * @param actor who files it
     * @return the filed material
     * @throws io.dangan.archive.InvalidInputException {@code MATERIAL_STATE} when its last review did not pass or it
     *     is not {@code ACCEPTED}
     * @throws io.dangan.archive.NotFoundException when the material is not stored
     */
    Material file(MaterialId material, String actor);

    /**
     * Returns a material that failed review to its forming unit (退回) with the review's reasons.
     *
     * @param material the material, whose last review failed
     * @param actor who returns it
     * @return the notice for the forming unit
     * @throws io.dangan.archive.InvalidInputException {@code MATERIAL_STATE} when it was not reviewed, passed
     *     review, or is already filed or returned
     * @throws io.dangan.archive.NotFoundException when the material is not stored
     */
    ReturnNotice returnToSource(MaterialId material, String actor);

    /**
     * The dossier's current catalogue (目录) in the order of the standard in force today.
     *
     * @param dossier the dossier
     * @return its catalogue of filed materials
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     */
    Catalogue catalogue(DossierId dossier);
}
