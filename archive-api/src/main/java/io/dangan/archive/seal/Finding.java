package io.dangan.archive.seal;

import io.dangan.archive.model.DossierId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One integrity finding (检测发现): what failed, in which dossier, where, and expected versus actual.
 *
 * @param code the stable finding code
 * @param dossier the dossier concerned, or {@code null} for a finding about a proof held outside any archive
 * @param location where: {@code seal v3/signature}, {@code material M-7/title}, {@code material M-7/content 2}, ...
 * @param message what was found, with expected versus actual
 */
public record Finding(FindingCode code, @Nullable DossierId dossier, String location, String message) {
    /** Validates. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** @return the DA/T 70 check this finding fails */
    public Dat70Item item() {
        return code.item();
    }

    /** @return one line for logs and the command line: code, dossier, location and message */
    @Override
    public String toString() {
        return "%s %s %s: %s".formatted(code, dossier == null ? "-" : dossier.value(), location, message);
    }
}
