package id.sinergi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the features apart: views stay in ui packages, services stay free of Vaadin, no feature uses another's views. */
class ModuleBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sinergi");

    @Test
    void services_and_domain_do_not_use_vaadin_components() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.data..",
                        "com.vaadin.flow.router..")
                .check(CLASSES);
    }

    @Test
    void only_ui_code_uses_ui_code() {
        // the security configuration names the login view; nothing else outside ui code may touch views
        noClasses().that().resideOutsideOfPackage("id.sinergi..ui..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("id.sinergi..ui..")
                .check(CLASSES);
    }

    /**
     * Shared UI pieces may be used across features: the shell in base.ui, field components named *Picker, and
     * types marked {@code @UiExtensionPoint} (interfaces a feature implements to add to another feature's views, and
     * the types those interfaces speak in).
     */
    @Test
    void a_feature_does_not_use_another_features_views() {
        slices().matching("id.sinergi.(*).ui..")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("id.sinergi.base.ui.."))
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.simpleNameEndingWith("Picker"))
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        CanBeAnnotated.Predicates.annotatedWith(id.sinergi.base.ui.UiExtensionPoint.class))
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_feature() {
        // package-private, so the compiler keeps other features out; they call the feature's service instead
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void views_declare_who_may_open_them() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(CLASSES);
    }
}
