package io.dangan.archive.crypto.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/**
 * Bouncy Castle stays in one room: the internal package, which in turn does not know the public one. Package
 * cycles are checked in archive-core's architecture test, whose class path holds this module too.
 */
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
    static final ArchRule noConsoleOutput = noClasses().that().resideInAPackage("io.dangan.archive..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("an SDK reports through results, exceptions and events, never on the console");

    /**
     * The rules bite: each fails on a class that breaks it (these test classes, outside the internal package, are
     * not in the analysed import).
     */
    @Test
    void eachRuleFailsOnAClassThatBreaksIt() {
        JavaClasses offenders = new ClassFileImporter().importClasses(HashesWithBouncyCastle.class,
                PrintsToTheConsole.class);
        assertThatThrownBy(() -> onlyTheInternalPackageUsesBouncyCastle.check(offenders))
                .isInstanceOf(AssertionError.class).hasMessageContaining(HashesWithBouncyCastle.class.getName());
        assertThatThrownBy(() -> noConsoleOutput.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PrintsToTheConsole.class.getName());
    }

    static final class HashesWithBouncyCastle {
        int size() {
            return new SM3Digest().getDigestSize();
        }
    }

    static final class PrintsToTheConsole {
        void say() {
            System.err.println("sealed");
        }
    }
}
