package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the tag registry keeps its bindings (标签绑定存储): one person, one code (一人一档一码). A tag code belongs to
 * one binding for ever, across all dossiers; a dossier has at most one {@link TagStatus#ACTIVE} binding; ended
 * bindings stay as its history. Each change is one atomic step: when it throws, nothing of it is kept.
 *
 * <p>Core ships an in-memory store ({@code Hardware.inMemoryTagBindings()}) and a Jakarta Persistence one
 * ({@code JpaStores.tagBindings}); the testkit's {@code TagBindingStoreContract} holds both to the same behaviour.
 * Implementations are thread-safe. A database store may bound the texts: scheme ids up to 64 characters, reasons up
 * to 500; beyond them it throws {@link io.dangan.archive.InvalidInputException} with code {@code VALUE_TOO_LONG}.
 */
public interface TagBindingStore {
    /**
     * Stores a dossier's new active binding.
     *
     * @param binding an {@link TagStatus#ACTIVE} binding
     * @throws io.dangan.archive.ConflictException {@code TAG_ALREADY_BOUND} when the dossier has an active binding,
     *     {@code DUPLICATE} when the code belongs to any binding already
     * @throws IllegalArgumentException when the binding is not active
     */
    void issue(TagBinding binding);

    /**
     * Ends a dossier's active binding as replaced and stores its successor, in one step.
     *
     * @param replaced the active binding as it ends: {@link TagStatus#REPLACED}, with its end time and reason
     * @param successor the new active binding of the same dossier
     * @throws io.dangan.archive.NotFoundException {@code TAG_NOT_BOUND} when the dossier's active binding is not
     *     {@code replaced}'s code
     * @throws io.dangan.archive.ConflictException {@code DUPLICATE} when the successor's code belongs to any
     *     binding already
     * @throws IllegalArgumentException when the statuses or dossiers do not fit
     */
    void reissue(TagBinding replaced, TagBinding successor);

    /**
     * Ends a dossier's active binding as retired.
     *
     * @param retired the active binding as it ends: {@link TagStatus#RETIRED}, with its end time and reason
     * @throws io.dangan.archive.NotFoundException {@code TAG_NOT_BOUND} when the dossier's active binding is not
     *     {@code retired}'s code
     * @throws IllegalArgumentException when the status is not {@link TagStatus#RETIRED}
     */
    void retire(TagBinding retired);

    /**
     * @param dossier a dossier
     * @return its active binding
     */
    Optional<TagBinding> active(DossierId dossier);

    /**
     * Looks a code up as a reader reports it (an index lookup in a database store).
     *
     * @param code a tag code
     * @return the binding that code belongs to, active or ended
     */
    Optional<TagBinding> byCode(TagCode code);

    /**
     * @param dossier a dossier
     * @return every binding it ever had, oldest first (by issue time, then serial)
     */
    List<TagBinding> history(DossierId dossier);

    /**
     * The highest serial stored for a code scheme, so that a registry opened again continues after it and never
     * issues a code twice.
     *
     * @param scheme a scheme id, e.g. {@code gdti-96:6901234.00001}
     * @return the highest serial of any binding of that scheme, or empty when there is none
     */
    OptionalLong highestSerial(String scheme);
}
