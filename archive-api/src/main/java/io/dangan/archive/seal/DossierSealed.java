package io.dangan.archive.seal;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dossier was sealed (档案封印) or its seal amended (封印更正): a new seal version was stored.
 *
 * @param occurredAt when
 * @param actor who
 * @param dossier the dossier
 * @param version the new seal version
 * @param kind why it was made
 * @param treeSize the number of leaves it seals
 * @param root its Merkle root
 * @param keyId the signer's key id
 * @param reason the amendment's reason, or empty for other kinds
 */
public record DossierSealed(Instant occurredAt, String actor, DossierId dossier, int version, SealKind kind,
        long treeSize, String root, String keyId, String reason) implements DomainEvent {

    /** The stable type name of a new seal of kind INITIAL or APPEND. */
    public static final String TYPE = "dossier.sealed";
    /** The stable type name of an amendment. */
    public static final String TYPE_AMENDED = "dossier.seal-amended";

    /** Validates. */
    public DossierSealed {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return kind == SealKind.AMENDMENT ? TYPE_AMENDED : TYPE;
    }

    @Override
    public String subjectRef() {
        return dossier.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("keyId", keyId);
        m.put("kind", kind.name());
        if (!reason.isEmpty()) {
            m.put("reason", reason);
        }
        m.put("root", root);
        m.put("treeSize", Long.toString(treeSize));
        m.put("version", Integer.toString(version));
        return m;
    }
}
