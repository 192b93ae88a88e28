package io.dangan.archive.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The dependency rules of ARCHITECTURE.md as they apply to archive-core's main classes. */
@AnalyzeClasses(packages = "io.dangan.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule onlyThePersistencePackagesUseJakartaPersistence = noClasses()
            .that().resideInAPackage("io.dangan.archive.core..")
            .and().resideOutsideOfPackages("io.dangan.archive.core.persistence..",
                    "io.dangan.archive.core.internal.persistence..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule onlyTheJsonPackagesUseJackson = noClasses()
            .that().resideInAPackage("io.dangan.archive.core..")
            .and().resideOutsideOfPackages("io.dangan.archive.core.json..", "io.dangan.archive.core.internal.json..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyCryptoUsesBouncyCastle = noClasses()
            .that().resideOutsideOfPackage("io.dangan.archive.crypto.internal..")
            .and().resideInAPackage("io.dangan.archive..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..");

    @ArchTest
    static final ArchRule coreStaysOutOfOtherModulesInternals = noClasses()
            .that().resideInAPackage("io.dangan.archive.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.dangan.archive.crypto.internal..",
                    "io.dangan.archive.rfid.spi.internal..");

    @ArchTest
    static final ArchRule nothingMainUsesTheTestkitOrTheCli = noClasses()
            .that().resideInAPackage("io.dangan.archive..")
            .and().resideOutsideOfPackages("io.dangan.archive.testkit..", "io.dangan.archive.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.dangan.archive.testkit..", "io.dangan.archive.cli..");

    @ArchTest
    static final ArchRule publicApiDoesNotLeakInternals = noClasses()
            .that().resideInAnyPackage("io.dangan.archive", "io.dangan.archive.model..", "io.dangan.archive.store..")
            .should().dependOnClassesThat().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule noConsoleOutput = noClasses().that().resideInAPackage("io.dangan.archive..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("an SDK reports through results, exceptions and events, never on the console");

    /**
     * No package cycles among the main classes on this class path (archive-api, archive-crypto, archive-rfid-spi and
     * archive-core): every package whose dependencies lead back to itself is named.
     */
    @ArchTest
    static void noPackageCycles(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getPackageName();
                if (to.startsWith("io.dangan.archive") && !to.equals(c.getPackageName())) {
                    uses.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>()).add(to);
                }
            }
        }
        assertThat(uses).as("packages seen").containsKey("io.dangan.archive.core");
        Set<String> onCycles = new TreeSet<>();
        for (String start : uses.keySet()) {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(uses.get(start));
            while (!todo.isEmpty()) {
                String p = todo.pop();
                if (seen.add(p)) {
                    todo.addAll(uses.getOrDefault(p, Set.of()));
                }
            }
            if (seen.contains(start)) {
                onCycles.add(start);
            }
        }
        assertThat(onCycles).as("packages on a dependency cycle").isEmpty();
    }
}
