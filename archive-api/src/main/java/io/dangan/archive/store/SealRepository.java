package io.dangan.archive.store;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealLeaf;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Seals and seal leaves (封印与叶子) in the store: append-only. There is no update and no delete; a change to a
 * sealed material is recorded by appending an amendment.
 */
public interface SealRepository {
    /**
     * Appends one seal version with the leaves it adds.
     *
     * @param seal the seal; its version must be one more than the dossier's latest (1 for the first)
     * @param newLeaves the leaves it adds, indices continuing the dossier's leaves without gaps, up to the seal's
     *     tree size
     * @return the stored seal
     * @throws io.dangan.archive.ConflictException {@code CONCURRENT_UPDATE} when the version or a leaf index is
     *     already taken (another transaction sealed first)
     * @throws io.dangan.archive.NotFoundException when the dossier is not stored
     * @throws IllegalArgumentException when the leaves do not continue the stored ones up to the tree size, or
     *     belong to another dossier
     */
    Seal append(Seal seal, List<SealLeaf> newLeaves);

    /**
     * @param dossier the dossier
     * @return its seal versions, oldest first
     */
    List<Seal> history(DossierId dossier);

    /**
     * @param dossier the dossier
     * @return its latest seal, or empty when it was never sealed
     */
    Optional<Seal> latest(DossierId dossier);

    /**
     * @param dossier the dossier
     * @return its leaves by index
     */
    List<SealLeaf> leaves(DossierId dossier);

    /**
     * @param material a material
     * @return its leaves by index (one per revision), empty when it was never sealed
     */
    List<SealLeaf> leavesOf(MaterialId material);

    /**
     * Streams the ids of every sealed dossier, ordered by id. Valid only inside the session.
     *
     * @return the ids
     */
    Stream<DossierId> sealedDossiers();

    /** @return the number of sealed dossiers */
    long countSealedDossiers();
}
