package io.dangan.archive.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

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
    static final ArchRule noPackageCycles = slices().matching("io.dangan.archive.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsoleOutput = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
