package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Translates what the persistence provider and the database report into the api's exceptions
 * (异常转换). The repositories check keys and references before they write, so these translations
 * matter when two transactions race for the same key, or when the database itself refuses.
 */
final class Failures {
    /** Constraint names of the shipped scripts and what a violation means, for precise messages. */
    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("pk_dangan_unit", "the unit id is already stored"),
            Map.entry("uk_dangan_unit_code", "the unit code already belongs to another unit"),
            Map.entry("fk_dangan_unit_parent", "the parent unit is not stored"),
            Map.entry("pk_dangan_subject", "the subject id is already stored"),
            Map.entry("uk_dangan_subject_citizen_id", "the citizen id already belongs to another subject"),
            Map.entry("pk_dangan_dossier", "the dossier id is already stored"),
            Map.entry("uk_dangan_dossier_subject", "the subject already has a dossier (一人一档)"),
            Map.entry("fk_dangan_dossier_subject", "the subject is not stored"),
            Map.entry("fk_dangan_dossier_custodian", "the custodian unit is not stored"),
            Map.entry("pk_dangan_material", "the material id is already stored"),
            Map.entry("fk_dangan_material_dossier", "the dossier is not stored"),
            Map.entry("pk_dangan_material_content", "the content position is already stored"),
            Map.entry("fk_dangan_material_content_material", "the material is not stored"),
            Map.entry("pk_dangan_seal", "the seal version is already stored (another transaction sealed first)"),
            Map.entry("fk_dangan_seal_dossier", "the dossier is not stored"),
            Map.entry("pk_dangan_seal_leaf", "the leaf index is already stored (another transaction sealed first)"),
            Map.entry("fk_dangan_seal_leaf_dossier", "the dossier is not stored"),
            Map.entry("pk_dangan_approval", "the approval id is already stored"),
            Map.entry("pk_dangan_tag_binding", "the tag code already belongs to a dossier (一人一档一码)"),
            Map.entry("uk_dangan_tag_binding_active", "the dossier already has an active tag"),
            Map.entry("pk_dangan_env_alert", "the alert id is already stored"),
            Map.entry("pk_dangan_env_alert_change", "the alert change is already stored (another writer recorded first)"),
            Map.entry("uk_dangan_env_alert_change_ordinal",
                    "the alert change is already stored (another writer recorded first)"),
            Map.entry("fk_dangan_env_alert_change_alert", "the alert is not stored"));

    /** Unique constraints whose violation has a code of its own rather than {@code DUPLICATE}. */
    private static final Map<String, ErrorCode> UNIQUE_CODES = Map.of(
            "uk_dangan_tag_binding_active", ErrorCode.TAG_ALREADY_BOUND);

    private Failures() {
    }

    /**
     * Translates a failure of the provider or the database.
     *
     * @param failure what the provider threw
     * @param where the entity or operation, e.g. {@code subject S1}
     * @param doing what was being done, e.g. {@code inserting}
     * @return the api exception to throw, with the failure as its cause
     */
    static ArchiveException translate(RuntimeException failure, String where, String doing) {
        if (failure instanceof ArchiveException archive) {
            return archive;
        }
        if (has(failure, OptimisticLockException.class)) {
            return new ConflictException(ErrorCode.CONCURRENT_UPDATE, where, 
                    "%s: another transaction changed it first while %s; read it again and retry".formatted(where, doing),
                    failure);
        }
        if (has(failure, PessimisticLockException.class) || has(failure, LockTimeoutException.class)) {
            return new ConflictException(ErrorCode.CONCURRENT_UPDATE, where,
                    "%s: another transaction holds it locked while %s; retry".formatted(where, doing), failure);
        }
        SQLException sql = find(failure, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String constraint = constraintIn(failure);
        String meaning = constraint == null ? null : CONSTRAINTS.get(constraint);
        String detail = constraint == null ? "" : " (constraint " + constraint + ": " + meaning + ")";
        switch (state) {
            case "23505":
                return new ConflictException(constraint == null ? ErrorCode.DUPLICATE
                        : UNIQUE_CODES.getOrDefault(constraint, ErrorCode.DUPLICATE), where,
                        "%s: a key is already stored while %s%s".formatted(where, doing, detail), failure);
            case "23503", "23506":
                return new NotFoundException(ErrorCode.NOT_FOUND, where,
                        "%s: a referenced entity is not stored while %s%s".formatted(where, doing, detail), failure);
            case "40001", "40P01", "90131", "HYT00", "55P03":
                return new ConflictException(ErrorCode.CONCURRENT_UPDATE, where,
                        "%s: a concurrent transaction conflicted while %s (SQL state %s); retry".formatted(
                                where, doing, state), failure);
            default:
                break;
        }
        if (has(failure, EntityExistsException.class)) {
            return new ConflictException(ErrorCode.DUPLICATE, where,
                    "%s: the id is already stored while %s".formatted(where, doing), failure);
        }
        return new ArchiveException(ErrorCode.STORE_FAILURE, where, "%s: the store failed while %s%s: %s".formatted(
                where, doing, state.isEmpty() ? "" : " (SQL state " + state + ")", rootMessage(failure)), failure);
    }

    private static @Nullable String constraintIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            String best = null;
            for (String name : CONSTRAINTS.keySet()) {
                // the longest match wins: fk_dangan_material_content_material also contains pk_dangan_material's prefix
                if (lower.contains(name) && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
