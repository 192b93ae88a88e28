package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.util.List;
import java.util.Optional;

/**
 * The tag registry (标签登记): binds each dossier to one active tag code, issued from the archive's code scheme.
 * Every change emits a {@link TagChanged}. Thread-safe.
 */
public interface TagRegistry {
    /**
     * Issues the dossier's first code.
     *
     * @param dossier the dossier
     * @param actor who
     * @return the active binding
     * @throws io.dangan.archive.ConflictException {@code TAG_ALREADY_BOUND} when the dossier has an active tag
     */
    TagBinding issue(DossierId dossier, String actor);

    /**
     * Replaces a damaged or lost tag with a new code; the old code stops identifying the dossier.
     *
     * @param dossier the dossier
     * @param reason why, e.g. {@code damaged}
     * @param actor who
     * @return the new active binding
     * @throws io.dangan.archive.NotFoundException {@code TAG_NOT_BOUND} when the dossier has no active tag
     */
    TagBinding reissue(DossierId dossier, String reason, String actor);

    /**
     * Retires the dossier's tag.
     *
     * @param dossier the dossier
     * @param reason why
     * @param actor who
     * @return the retired binding
     * @throws io.dangan.archive.NotFoundException {@code TAG_NOT_BOUND} when the dossier has no active tag
     */
    TagBinding retire(DossierId dossier, String reason, String actor);

    /**
     * @param dossier a dossier
     * @return its active binding
     */
    Optional<TagBinding> active(DossierId dossier);

    /**
     * @param code a tag code as read
     * @return the binding that code belongs to, active or not
     */
    Optional<TagBinding> byCode(TagCode code);

    /**
     * @param dossier a dossier
     * @return every binding it ever had, oldest first
     */
    List<TagBinding> history(DossierId dossier);
}
