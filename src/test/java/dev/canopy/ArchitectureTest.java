package dev.canopy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of DESIGN.md §2: a layer uses only the layers before it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    @Test
    void domainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("dev.canopy.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "jakarta.persistence..",
                        "java.net.http..", "io.javalin..", "java.sql..", "dev.canopy.store..", "dev.canopy.sync..",
                        "dev.canopy.server..", "dev.canopy.imports..", "dev.canopy.ui..", "dev.canopy.cli..")
                .check(CLASSES);
    }

    @Test
    void storeUsesNoJavaFxNorOuterLayers() {
        noClasses().that().resideInAPackage("dev.canopy.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.canopy.sync..", "dev.canopy.server..",
                        "dev.canopy.imports..", "dev.canopy.ui..", "dev.canopy.cli..")
                .check(CLASSES);
    }

    @Test
    void syncServerAndImportsUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("dev.canopy.sync..", "dev.canopy.server..", "dev.canopy.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.canopy.ui..", "dev.canopy.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void uiDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("dev.canopy.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.cli..")
                .check(CLASSES);
    }
}
