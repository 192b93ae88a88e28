package io.dangan.archive.rfid.spi;

import java.util.Set;

/** Providers for registry tests; listed in the test resources' service file. */
final class TestProviders {
    private TestProviders() {
    }

    abstract static class Base implements TagReaderProvider {
        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.READ_EPC);
        }

        @Override
        public TagReader open(ReaderConfig config) {
            throw new HardwareException(HardwareErrorCode.CONFIG_REJECTED, id(), "test provider opens nothing");
        }
    }

    public static final class Alpha extends Base {
        @Override
        public String id() {
            return "alpha";
        }
    }

    public static final class Beta extends Base {
        @Override
        public String id() {
            return "beta";
        }
    }

    /** Same id as {@link Alpha}. */
    public static final class AlphaAgain extends Base {
        @Override
        public String id() {
            return "alpha";
        }
    }

    public static final class ThrowsInConstructor extends Base {
        public ThrowsInConstructor() {
            throw new IllegalStateException("licence file missing");
        }

        @Override
        public String id() {
            return "never";
        }
    }

    public static final class ThrowsInId extends Base {
        @Override
        public String id() {
            throw new IllegalStateException("no id today");
        }
    }

    public static final class FutureVersion extends Base {
        @Override
        public String id() {
            return "future";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION + 1;
        }
    }
}
