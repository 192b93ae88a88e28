package io.dangan.archive.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

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

    /** The rules bite: each fails on a class that breaks it (these test classes are not in the analysed import). */
    @Test
    void eachRuleFailsOnAClassThatBreaksIt() {
        JavaClasses offenders = new ClassFileImporter().importClasses(PrintsToTheConsole.class, UsesALibrary.class);
        assertThatThrownBy(() -> noConsoleOutput.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PrintsToTheConsole.class.getName());
        assertThatThrownBy(() -> apiDependsOnTheJdkOnly.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesALibrary.class.getName()).hasMessageContaining("org.assertj");
    }

    static final class PrintsToTheConsole {
        void say() {
            System.out.println("filed");
        }
    }

    static final class UsesALibrary {
        Object check() {
            return org.assertj.core.api.Assertions.assertThat(1);
        }
    }
}
