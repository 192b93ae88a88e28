package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lookups over any host directory: keys are the ids, every step one directory call. Thread-safe when the
 * directory is.
 */
final class DirectoryLookup implements Lookup {
    private final AccessDirectory directory;

    DirectoryLookup(AccessDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public @Nullable Member member(PrincipalId id) {
        Principal p = directory.principal(id);
        return p == null ? null : new Member(p, p.id(), p.person(), p.units().toArray());
    }

    @Override
    public @Nullable Member memberOf(Object account) {
        return member((PrincipalId) account);
    }

    @Override
    public @Nullable Held held(DossierId id) {
        DossierFacts f = directory.dossier(id);
        return f == null ? null : new Held(f, f.dossier(), f.subject(), f.custodian());
    }

    @Override
    public @Nullable Granted granted(ApprovalId id) {
        Approval a = directory.approval(id);
        if (a == null) {
            return null;
        }
        Object[] parties = new Object[a.readers().size() + a.approvers().size()];
        int i = 0;
        for (PrincipalId r : a.readers()) {
            parties[i++] = r;
        }
        for (PrincipalId r : a.approvers()) {
            parties[i++] = r;
        }
        return new Granted(a, a.dossier(), parties, a.issuingUnit());
    }

    @Override
    public boolean same(Object a, Object b) {
        return a.equals(b);
    }

    @Override
    public @Nullable RelationKind kin(Object person, Object other) {
        return directory.relation((SubjectId) person, (SubjectId) other);
    }

    @Override
    public @Nullable Object parentOf(Object unit) {
        return directory.parent((UnitId) unit);
    }

    @Override
    public List<Delegation> delegationsOf(Object unit) {
        return directory.delegationsTo((UnitId) unit);
    }
}
