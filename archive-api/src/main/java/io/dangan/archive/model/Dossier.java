package io.dangan.archive.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cadre's personnel dossier (干部人事档案): one per subject (一人一档一码).
 *
 * @param id the dossier's id
 * @param subject the subject it belongs to
 * @param custodian the unit holding it (管理单位)
 * @param status its lifecycle state
 * @param tagCode the RFID tag code (one person, one code), or {@code null} before a tag is issued
 * @param location the physical location (room, cabinet, shelf) as the integrator names it, or {@code null}
 * @param version the optimistic-lock version, 0 for a dossier not yet stored
 */
public record Dossier(
        DossierId id,
        SubjectId subject,
        UnitId custodian,
        DossierStatus status,
        @Nullable String tagCode,
        @Nullable String location,
        long version) {

    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(status, "status");
        if (tagCode != null) {
            tagCode = Checks.text(tagCode, "tagCode", 128);
        }
        if (location != null) {
            location = Checks.text(location, "location", 128);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version " + version + " is negative");
        }
    }

    /**
     * A new, active dossier with no tag or location.
     *
     * @param id the id
     * @param subject the subject
     * @param custodian the custodian unit
     * @return the dossier at version 0
     */
    public static Dossier open(DossierId id, SubjectId subject, UnitId custodian) {
        return new Dossier(id, subject, custodian, DossierStatus.ACTIVE, null, null, 0);
    }

    /**
     * @param newStatus the new status
     * @return a copy with another status
     */
    public Dossier withStatus(DossierStatus newStatus) {
        return new Dossier(id, subject, custodian, newStatus, tagCode, location, version);
    }

    /**
     * @param newLocation the new location, or {@code null}
     * @return a copy with another location
     */
    public Dossier withLocation(@Nullable String newLocation) {
        return new Dossier(id, subject, custodian, status, tagCode, newLocation, version);
    }

    /**
     * @param newTagCode the new tag code, or {@code null}
     * @return a copy with another tag code
     */
    public Dossier withTagCode(@Nullable String newTagCode) {
        return new Dossier(id, subject, custodian, status, newTagCode, location, version);
    }

    /**
     * @param newCustodian the unit now holding the dossier
     * @return a copy with another custodian
     */
    public Dossier withCustodian(UnitId newCustodian) {
        return new Dossier(id, subject, newCustodian, status, tagCode, location, version);
    }

    /**
     * @param newVersion the optimistic-lock version
     * @return a copy with another version
     */
    public Dossier withVersion(long newVersion) {
        return new Dossier(id, subject, custodian, status, tagCode, location, newVersion);
    }
}
