package dev.canopy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.annotation.Testable;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rules of DESIGN.md §2 (a layer uses only the layers before it), the ui rules of the view-model split,
 * and one rule on the test tree: a test class Surefire would skip must break the build instead of leaving it green.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    private static final JavaClasses TEST_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    /** The layers that may use JavaFX and the ui: the ui itself and the launcher that starts it. */
    private static final String[] DESKTOP = {"dev.canopy.ui..", "dev.canopy.cli.."};

    @Test
    void domainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("dev.canopy.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "jakarta.persistence..",
                        "java.net.http..", "io.javalin..", "java.sql..", "dev.canopy.store..", "dev.canopy.sync..",
                        "dev.canopy.server..", "dev.canopy.imports..", "dev.canopy.reports..", "dev.canopy.ui..", "dev.canopy.cli..")
                .check(CLASSES);
    }

    @Test
    void storeUsesNoJavaFxNorOuterLayers() {
        noClasses().that().resideInAPackage("dev.canopy.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.canopy.sync..", "dev.canopy.server..",
                        "dev.canopy.imports..", "dev.canopy.reports..", "dev.canopy.ui..", "dev.canopy.cli..")
                .check(CLASSES);
    }

    /** Reports read the domain and the store; charts and printing live in the ui (DESIGN.md §2). */
    @Test
    void reportsUseOnlyTheDomainAndTheStore() {
        noClasses().that().resideInAPackage("dev.canopy.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.canopy.sync..", "dev.canopy.server..",
                        "dev.canopy.imports..", "dev.canopy.ui..", "dev.canopy.cli..")
                .check(CLASSES);
    }

    /**
     * Written over every class outside the desktop layers rather than over sync/server/imports by name: those packages
     * have no classes yet, and a rule over nothing cannot fail. This one checks domain and store today and covers any
     * package added later.
     */
    @Test
    void onlyTheUiAndItsLauncherUseJavaFxOrTheUi() {
        noClasses().that().resideOutsideOfPackages(DESKTOP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.canopy.ui..")
                .check(CLASSES);
    }

    @Test
    void noOtherLayerUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.canopy.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.cli..")
                .check(CLASSES);
    }

    /** Passes already: ui.main imports the feature packages and none of them imports it or each other in a loop. */
    @Test
    void uiFeaturePackagesHaveNoCycles() {
        slices().matching("dev.canopy.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoTheMainWindow() {
        noClasses().that().resideInAPackage("dev.canopy.ui.(*)..").and().resideOutsideOfPackage("dev.canopy.ui.main..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.ui.main..")
                .because("features receive the services they use (ui.common), not the main window's view model")
                .check(CLASSES);
    }

    @Test
    void viewsLeaveTheStoreToTheirViewModels() {
        DescribedPredicate<JavaClass> views = assignableTo(javafx.scene.Node.class)
                .or(assignableTo(javafx.scene.control.Dialog.class))
                .or(assignableTo(javafx.scene.control.Tab.class))
                .or(assignableTo(javafx.stage.Window.class))
                .as("views (JavaFX nodes, dialogs, tabs, windows)");
        noClasses().that().resideInAPackage("dev.canopy.ui..").and(views)
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.store..")
                .because("the view model does the reading")
                .check(CLASSES);
    }

    /**
     * Surefire's default includes are *Test, Test*, *Tests and *TestCase; a class named otherwise is skipped without a
     * word. The project names test classes *Test, so that is what this rule asks.
     */
    @Test
    void everyClassWithTestsHasANameSurefireRuns() {
        classes().that(haveTestMethods()).should(beInATopLevelClassNamedTest()).check(TEST_CLASSES);
    }

    private static final List<Class<? extends Annotation>> TEST_ANNOTATIONS = List.of(Test.class, ParameterizedTest.class,
            RepeatedTest.class, TestFactory.class, TestTemplate.class, Property.class, Example.class);

    private static boolean isTestMethod(JavaMethod method) {
        // Testable marks the annotations of every JUnit Platform engine, so composed annotations count too
        return TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith) || method.isMetaAnnotatedWith(Testable.class);
    }

    /** Concrete classes that declare or inherit test methods; an abstract base's tests run in its subclasses. */
    private static DescribedPredicate<JavaClass> haveTestMethods() {
        return DescribedPredicate.describe("have test methods",
                c -> !c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && c.getAllMethods().stream().anyMatch(ArchitectureTest::isTestMethod));
    }

    /** Nested classes run only through their top-level class, so that is the name that counts. */
    private static ArchCondition<JavaClass> beInATopLevelClassNamedTest() {
        return new ArchCondition<>("be (in) a top-level class whose name ends in Test, so that Surefire runs it") {
            @Override
            public void check(JavaClass test, ConditionEvents events) {
                JavaClass top = test;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                boolean runs = top.getSimpleName().endsWith("Test");
                events.add(new SimpleConditionEvent(test, runs, test.getName() + (runs ? " runs as " : " is skipped: ")
                        + top.getName() + (runs ? "" : " does not end in Test")));
            }
        };
    }
}
