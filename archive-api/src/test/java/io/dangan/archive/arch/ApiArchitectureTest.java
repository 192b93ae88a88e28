package io.dangan.archive.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The api is the vocabulary: JDK only (plus JSpecify's annotations), no console output. Package cycles across the
 * api and the modules above it are checked once, in archive-core's architecture test.
 */
@AnalyzeClasses(packages = "io.dangan.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnTheJdkOnly = classes().that().resideInAPackage("io.dangan.archive..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.dangan.archive..", "java..", "org.jspecify..")
            .because("archive-api is JDK only: integrators and vendors pull in nothing else");

    @ArchTest
    static final ArchRule noConsoleOutput = noClasses().that().resideInAPackage("io.dangan.archive..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("an SDK reports through results, exceptions and events, never on the console");
}
