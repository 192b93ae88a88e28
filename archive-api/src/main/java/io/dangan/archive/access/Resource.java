package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The resource a request is about: a dossier, one material of a dossier with its class and
 * sensitivity label, the audit log, or the policy. Use the factories.
 *
 * @param kind what it is
 * @param dossier the dossier, for {@code DOSSIER} and {@code MATERIAL}; otherwise {@code null}, and for a material
 *     the archive does not know ({@link #unknownMaterial})
 * @param material the material, for {@code MATERIAL}; otherwise {@code null}
 * @param category the material's category, for {@code MATERIAL} (with its dossier); otherwise {@code null}
 * @param sensitivity the material's label (密级); {@link Classification#OPEN} for a whole dossier,
 *     the log and the policy
 */
public record Resource(ResourceKind kind, @Nullable DossierId dossier, @Nullable MaterialId material,
        @Nullable MaterialCategory category, Classification sensitivity) {
    public Resource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sensitivity, "sensitivity");
        boolean isMaterial = kind == ResourceKind.MATERIAL;
        if (isMaterial != (material != null)) {
            throw new IllegalArgumentException(kind + " resource " + (isMaterial ? "needs" : "takes no") + " material");
        }
        if (isMaterial) {
            if ((dossier == null) != (category == null)) {
                throw new IllegalArgumentException(kind + " resource needs its dossier and category, or neither when"
                        + " the material is unknown");
            }
        } else if ((kind == ResourceKind.DOSSIER) != (dossier != null) || category != null) {
            String dossierRule = kind == ResourceKind.DOSSIER ? "needs" : "takes no";
            throw new IllegalArgumentException(kind + " resource " + dossierRule + " dossier, and takes no category");
        }
    }

    /**
     * @param dossier the dossier
     * @return the whole dossier as a resource
     */
    public static Resource dossier(DossierId dossier) {
        return new Resource(ResourceKind.DOSSIER, dossier, null, null, Classification.OPEN);
    }

    /**
     * @param dossier the dossier the material belongs to
     * @param material the material
     * @param category its category
     * @param sensitivity its label
     * @return one material as a resource
     */
    public static Resource material(DossierId dossier, MaterialId material, MaterialCategory category,
            Classification sensitivity) {
        return new Resource(ResourceKind.MATERIAL, dossier, material, category, sensitivity);
    }

    /**
     * A material the archive does not know (未知材料): named so that a request for it is still decided, denied
     * with {@link ReasonCode#UNKNOWN_MATERIAL} and audited, rather than failing before any decision, so that
     * probing for material ids leaves a trace.
     *
     * @param material the id asked for
     * @return the material without dossier or category, labelled {@link Classification#OPEN}
     */
    public static Resource unknownMaterial(MaterialId material) {
        return new Resource(ResourceKind.MATERIAL, null, Objects.requireNonNull(material, "material"), null,
                Classification.OPEN);
    }

    /** @return the audit log as a resource */
    public static Resource auditLog() {
        return new Resource(ResourceKind.AUDIT_LOG, null, null, null, Classification.OPEN);
    }

    /** @return the access policy as a resource */
    public static Resource policy() {
        return new Resource(ResourceKind.POLICY, null, null, null, Classification.OPEN);
    }

    /**
     * @return a stable reference for logs: {@code dossier:D}, {@code material:D/M} ({@code material:?/M} when
     *     unknown), {@code audit-log}, {@code policy}
     */
    public String ref() {
        return switch (kind) {
            case DOSSIER -> "dossier:" + dossier;
            case MATERIAL -> "material:" + (dossier == null ? "?" : dossier) + "/" + material;
            case AUDIT_LOG -> "audit-log";
            case POLICY -> "policy";
        };
    }
}
