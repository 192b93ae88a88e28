package io.dangan.archive.store;

import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.MaterialId;
import java.util.List;
import java.util.Optional;

/** Review records (审核记录) of materials; append-only, a material may be reviewed more than once. */
public interface ReviewRepository {
    /**
     * Appends a review record.
     *
     * @param review the record; its material must be stored
     * @return the stored record
     * @throws io.dangan.archive.NotFoundException when the material is not stored
     */
    ReviewRecord append(ReviewRecord review);

    /**
     * @param material the material
     * @return its reviews, oldest first
     */
    List<ReviewRecord> findByMaterial(MaterialId material);

    /**
     * @param material the material
     * @return its latest review, or empty
     */
    Optional<ReviewRecord> latest(MaterialId material);
}
