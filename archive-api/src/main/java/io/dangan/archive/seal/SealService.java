package io.dangan.archive.seal;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.util.Collection;
import java.util.List;

/**
 * Seals dossiers and verifies them (档案封印与检测).
 *
 * <p>A dossier's seal is a chain of versions over one append-only Merkle tree whose leaves are material revisions
 * (see {@code docs/seal-format.md}). {@link #seal} appends a leaf per newly filed material and signs the new root;
 * {@link #amend} is the only way to record a change to a sealed material: it appends a corrected or withdrawn
 * revision with a reason, so nothing is ever silently rewritten and every version provably extends the previous one.
 *
 * <p>Only materials with status {@code FILED} are sealed. Verification never repairs anything and never throws for
 * what it finds: its findings are in the report. Implementations are thread-safe; each sealing operation runs in one
 * store transaction and emits one event after it committed.
 */
public interface SealService {

    /**
     * Seals the filed materials of a dossier that no seal covers yet, as a new version; when every filed material is
     * already sealed and unchanged, returns the latest seal and makes no new version.
     *
     * @param dossier the dossier
     * @return the new (or unchanged latest) seal
     * @throws io.dangan.archive.NotFoundException when the dossier does not exist
     * @throws io.dangan.archive.ConflictException with code {@code SEAL_AMENDMENT_REQUIRED} when a sealed material
     *     changed or disappeared since its seal: that needs an explicit {@link #amend}
     */
    Seal seal(DossierId dossier);

    /**
     * Records an explicit amendment (更正) as a new seal version: each named material gets a new leaf revision, a
     * corrected one when it is still filed, a withdrawal when it was removed or is no longer filed. Newly filed
     * materials are appended in the same version.
     *
     * @param dossier the dossier
     * @param materials the sealed materials the amendment concerns, at least one
     * @param reason why (更正原因), 1-500 characters
     * @return the new seal, of kind {@link SealKind#AMENDMENT}
     * @throws io.dangan.archive.NotFoundException with code {@code SEAL_NOT_FOUND} when the dossier has no seal yet
     * @throws io.dangan.archive.InvalidInputException with code {@code SEAL_AMENDMENT_INVALID} when a named material
     *     was never sealed or is unchanged since its seal
     * @throws io.dangan.archive.ConflictException with code {@code SEAL_AMENDMENT_REQUIRED} when another sealed
     *     material changed too and is not named
     */
    Seal amend(DossierId dossier, Collection<MaterialId> materials, String reason);

    /**
     * @param dossier the dossier
     * @return its seal versions, oldest first; empty when it was never sealed
     */
    List<Seal> history(DossierId dossier);

    /**
     * Proves one material against the dossier's latest seal, for a third party.
     *
     * @param material the material
     * @return its latest leaf with the inclusion proof, the seal and the signer's key
     * @throws io.dangan.archive.NotFoundException with code {@code SEAL_NOT_FOUND} when the material is not sealed,
     *     or was withdrawn
     */
    MaterialProof prove(MaterialId material);

    /**
     * Checks a material proof on its own (as a third party would, with no store): the leaf decodes, the inclusion
     * proof leads to the root, the seal's signature verifies under the given key, the key is one this service
     * trusts, and the timestamp, when present, verifies.
     *
     * @param proof the proof
     * @return the report, with {@code dossiers = 0}
     */
    VerificationReport verifyProof(MaterialProof proof);

    /**
     * Verifies one dossier: every seal version's signature, timestamp, root and consistency proof; every material
     * against its sealed leaf; every content file against its sealed digest and size; the numbering.
     *
     * @param dossier the dossier
     * @return the report; {@link FindingCode#DOSSIER_NOT_SEALED} when it has no seal
     * @throws io.dangan.archive.NotFoundException when the dossier does not exist
     */
    VerificationReport verify(DossierId dossier);

    /**
     * Verifies every sealed dossier of the archive, reporting progress per dossier. Filed materials of dossiers that
     * were never sealed are not looked at.
     *
     * @param progress the progress listener
     * @return the combined report
     */
    VerificationReport verifyAll(VerificationProgress progress);
}
