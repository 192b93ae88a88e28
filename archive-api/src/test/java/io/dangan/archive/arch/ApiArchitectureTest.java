package io.dangan.archive.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The api is the vocabulary: JDK only (plus JSpecify's annotations), no cycles, no console output. */
@AnalyzeClasses(packages = "io.dangan.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnTheJdkOnly = classes().that().resideInAPackage("io.dangan.archive..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.dangan.archive..", "java..", "org.jspecify..")
            .because("archive-api is JDK only: integrators and vendors pull in nothing else");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.dangan.archive.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsoleOutput = com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
