package io.dangan.archive.store;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import java.util.Optional;

/** Subjects (干部) in the store. */
public interface SubjectRepository {
    /**
     * Stores a new subject.
     *
     * @param subject the subject, at version 0
     * @return the stored subject
     * @throws io.dangan.archive.ConflictException with code {@code DUPLICATE} when its id or citizen id is taken
     */
    Subject insert(Subject subject);

    /**
     * Replaces a stored subject.
     *
     * @param subject the new state, carrying the version it was read at
     * @return the stored subject with its version incremented
     * @throws io.dangan.archive.NotFoundException when no subject has that id
     * @throws io.dangan.archive.ConflictException {@code CONCURRENT_UPDATE} when the stored version differs,
     *     {@code DUPLICATE} when the new citizen id is taken
     */
    Subject update(Subject subject);

    /**
     * @param id the id
     * @return the subject, or empty
     */
    Optional<Subject> find(SubjectId id);

    /**
     * @param citizenId the citizen id
     * @return the subject with that citizen id, or empty
     */
    Optional<Subject> findByCitizenId(CitizenId citizenId);

    /** @return the number of stored subjects */
    long count();
}
