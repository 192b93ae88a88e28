package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.Objects;

/**
 * What the decision point needs to know about a dossier: whose it is and which unit holds it.
 *
 * @param dossier the dossier
 * @param subject the person it is about
 * @param custodian the unit holding management authority (管理单位)
 */
public record DossierFacts(DossierId dossier, SubjectId subject, UnitId custodian) {
    public DossierFacts {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(custodian, "custodian");
    }
}
