package io.dangan.archive.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command uses the SDK's public surface only, like any integrator. */
@AnalyzeClasses(packages = "io.dangan.archive.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule cliUsesNoInternals = noClasses().that().resideInAPackage("io.dangan.archive.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.dangan.archive..internal..");

    @ArchTest
    static final ArchRule cliDoesNotUseTheTestkit = noClasses().that().resideInAPackage("io.dangan.archive.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.dangan.archive.testkit..");
}
