package io.dangan.archive.rfid.spi;

import java.util.Objects;

/**
 * A provider the registry skipped or warns about (提供者问题), reported instead of thrown so that one broken jar
 * does not take the others down.
 *
 * @param kind what is wrong
 * @param provider the provider id, or its class name when the id is unknown
 * @param message what happened, with expected versus actual
 */
public record ProviderProblem(Kind kind, String provider, String message) {
    /** What is wrong with a provider. */
    public enum Kind {
        /** The provider could not be loaded or instantiated, or its id/version/capabilities threw; skipped. */
        BROKEN,
        /** The provider declares an SPI version this SDK does not implement; skipped. */
        INCOMPATIBLE_VERSION,
        /** Another provider already uses this id; the later one is skipped (a warning). */
        DUPLICATE_ID
    }

    public ProviderProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(message, "message");
    }
}
