package io.dangan.archive.core.internal.tags;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What every tag binding store checks and how it words a refusal, shared by the in-memory and the JPA store so that
 * both behave and speak alike.
 */
public final class TagBindingChecks {
    /** History order: by issue time, then serial, then code. */
    public static final Comparator<TagBinding> OLDEST_FIRST = Comparator.comparing(TagBinding::issuedAt)
            .thenComparingLong(TagBinding::serial).thenComparing(TagBinding::code);

    private TagBindingChecks() {
    }

    /**
     * @param binding a binding about to be stored as new
     * @param doing what is done with it, for the message
     * @throws IllegalArgumentException when it is not active
     */
    public static void requireActive(TagBinding binding, String doing) {
        if (binding.status() != TagStatus.ACTIVE) {
            throw new IllegalArgumentException("tag " + binding.code() + " of dossier " + binding.dossier() + " is "
                    + binding.status() + ", expected ACTIVE to be " + doing);
        }
    }

    /**
     * @param replaced the ending binding
     * @param successor the new one
     * @throws IllegalArgumentException when the statuses or dossiers do not fit a re-issue
     */
    public static void checkReissue(TagBinding replaced, TagBinding successor) {
        if (replaced.status() != TagStatus.REPLACED) {
            throw new IllegalArgumentException("tag " + replaced.code() + " is " + replaced.status()
                    + ", expected REPLACED for a re-issue");
        }
        requireActive(successor, "issued as a successor");
        if (!replaced.dossier().equals(successor.dossier())) {
            throw new IllegalArgumentException("tag " + replaced.code() + " of dossier " + replaced.dossier()
                    + " cannot be replaced by a tag of dossier " + successor.dossier());
        }
    }

    /**
     * @param retired the ending binding
     * @throws IllegalArgumentException when it is not retired
     */
    public static void checkRetire(TagBinding retired) {
        if (retired.status() != TagStatus.RETIRED) {
            throw new IllegalArgumentException("tag " + retired.code() + " is " + retired.status()
                    + ", expected RETIRED");
        }
    }

    /**
     * @param dossier the dossier
     * @param current its active code
     * @return the refusal of a second active tag
     */
    public static ConflictException alreadyBound(DossierId dossier, TagCode current) {
        return new ConflictException(ErrorCode.TAG_ALREADY_BOUND, dossier.value(),
                "dossier " + dossier + " already has active tag " + current);
    }

    /**
     * @param binding the binding that cannot be stored
     * @param holder the dossier the code belongs to
     * @return the refusal of a code used twice
     */
    public static ConflictException codeTaken(TagBinding binding, DossierId holder) {
        return new ConflictException(ErrorCode.DUPLICATE, "tag " + binding.code(), "tag code " + binding.code()
                + " already belongs to dossier " + holder + "; dossier " + binding.dossier() + " cannot take it");
    }

    /**
     * @param ending the binding that was to end
     * @param current the dossier's active code, or {@code null}
     * @return the refusal to end a binding that is not the active one
     */
    public static NotFoundException notBound(TagBinding ending, @Nullable TagCode current) {
        return new NotFoundException(ErrorCode.TAG_NOT_BOUND, ending.dossier().value(), "dossier " + ending.dossier()
                + (current == null ? " has no active tag" : "'s active tag is " + current)
                + ", so tag " + ending.code() + " cannot end");
    }
}
