package io.dangan.archive.crypto.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Bouncy Castle stays in one room: the internal package, which in turn does not know the public one. */
@AnalyzeClasses(packages = "io.dangan.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class CryptoArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheInternalPackageUsesBouncyCastle = noClasses()
            .that().resideInAPackage("io.dangan.archive..")
            .and().resideOutsideOfPackage("io.dangan.archive.crypto.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..");

    @ArchTest
    static final ArchRule theInternalPackageDoesNotUseThePublicOne = noClasses()
            .that().resideInAPackage("io.dangan.archive.crypto.internal..")
            .should().dependOnClassesThat().resideInAPackage("io.dangan.archive.crypto");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.dangan.archive.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsoleOutput = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
