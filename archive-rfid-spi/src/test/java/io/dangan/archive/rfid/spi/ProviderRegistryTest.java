package io.dangan.archive.rfid.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
    private final ProviderRegistry<TagReaderProvider> discovered =
            ProviderRegistry.discover(TagReaderProvider.class, getClass().getClassLoader());

    @Test
    @DisplayName("discovery keeps the working providers and skips the broken ones, reporting each")
    void skipsAndReportsBrokenProviders() {
        assertThat(discovered.ids()).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(discovered.problems()).extracting(ProviderProblem::kind).containsExactlyInAnyOrder(
                ProviderProblem.Kind.BROKEN, ProviderProblem.Kind.BROKEN, ProviderProblem.Kind.BROKEN,
                ProviderProblem.Kind.INCOMPATIBLE_VERSION, ProviderProblem.Kind.DUPLICATE_ID);
        assertThat(discovered.problems()).anySatisfy(p -> assertThat(p.message()).contains("licence file missing"));
        assertThat(discovered.problems()).anySatisfy(p -> assertThat(p.message()).contains("NoSuchClass"));
        assertThat(discovered.problems()).anySatisfy(p -> assertThat(p.message()).contains("SPI version 2, expected 1"));
    }

    @Test
    @DisplayName("a duplicate id is a warning and the first provider keeps the id")
    void duplicateIdKeepsTheFirst() {
        assertThat(discovered.require("alpha")).isInstanceOf(TestProviders.Alpha.class);
        assertThat(discovered.problems()).filteredOn(p -> p.kind() == ProviderProblem.Kind.DUPLICATE_ID)
                .singleElement().satisfies(p -> assertThat(p.provider()).isEqualTo("alpha"));
    }

    @Test
    @DisplayName("an unknown id names the available ones")
    void unknownIdNamesTheAvailableOnes() {
        assertThatThrownBy(() -> discovered.require("gamma"))
                .isInstanceOfSatisfying(HardwareException.class, e -> {
                    assertThat(e.code()).isEqualTo(HardwareErrorCode.PROVIDER_UNKNOWN);
                    assertThat(e.getMessage()).contains("gamma").contains("[alpha, beta]");
                });
    }

    @Test
    @DisplayName("an explicit instance replaces a discovered provider with the same id")
    void explicitInstanceWins() {
        TagReaderProvider mine = new TestProviders.AlphaAgain();
        ProviderRegistry<TagReaderProvider> registry = discovered.with(mine);
        assertThat(registry.require("alpha")).isSameAs(mine);
        assertThat(discovered.require("alpha")).isNotSameAs(mine);
    }

    @Test
    @DisplayName("selection without an id needs exactly one provider")
    void selectionWithoutIdNeedsExactlyOne() {
        assertThatThrownBy(() -> discovered.select(null))
                .isInstanceOfSatisfying(HardwareException.class,
                        e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.PROVIDER_AMBIGUOUS));
        assertThat(discovered.select("beta").id()).isEqualTo("beta");
        ProviderRegistry<TagReaderProvider> single = ProviderRegistry.of(TagReaderProvider.class,
                List.of(new TestProviders.Beta()));
        assertThat(single.select(null).id()).isEqualTo("beta");
        assertThatThrownBy(() -> ProviderRegistry.of(TagReaderProvider.class, List.<TagReaderProvider>of()).select(null))
                .isInstanceOfSatisfying(HardwareException.class,
                        e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.PROVIDER_UNKNOWN));
    }

    @Test
    @DisplayName("registries are instance-scoped: two discoveries share no state")
    void registriesAreIndependent() {
        ProviderRegistry<TagReaderProvider> other = ProviderRegistry.discover(TagReaderProvider.class,
                getClass().getClassLoader());
        assertThat(other.require("alpha")).isNotSameAs(discovered.require("alpha"));
        assertThat(ProviderRegistry.discover(DoorControllerProvider.class, getClass().getClassLoader()).providers())
                .isEmpty();
    }
}
