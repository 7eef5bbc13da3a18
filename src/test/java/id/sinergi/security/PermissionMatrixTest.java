package id.sinergi.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import id.sinergi.SinergiSpringTest;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.ActivityKind;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.RosterRow;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import id.sinergi.agency.AgencyService;
import id.sinergi.security.PermissionMatrix.Actor;
import id.sinergi.security.PermissionMatrix.Operation;
import id.sinergi.security.PermissionMatrix.RouteRule;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Runs {@link PermissionMatrix}: every service operation and every route, as every role, allowed or refused. */
@SinergiSpringTest
class PermissionMatrixTest {

    private static final String MATRIX_FILE = "src/test/java/id/sinergi/security/PermissionMatrix.java";
    private static final String PASSWORD = "matriks-uji-kopi-tubruk";
    private static Map<Actor, String> accounts;
    private static long victimUserId;
    private static long meetingId;
    private static long ownerItemId;
    private static DesaBinaan foreignAssignment;
    private static VillageActivity foreignActivity;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserService userService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    ActionItemFixture actionItems;
    @Autowired
    DesaBinaanService desaBinaan;
    @Autowired
    VillageActivityService villageActivities;

    @BeforeEach
    void createAccountsOnce() {
        if (accounts != null) {
            return;
        }
        loginAs("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<Actor, String> created = new EnumMap<>(Actor.class);
        created.put(Actor.ADMIN, create("matriks.admin." + suffix, Role.ADMIN, null));
        created.put(Actor.COORDINATOR, create("matriks.koordinator." + suffix, Role.COORDINATOR, null));
        created.put(Actor.LIAISON_OWNER, create("matriks.pemilik." + suffix, Role.LIAISON, ownerAgencyId()));
        created.put(Actor.LIAISON_OTHER, create("matriks.lain." + suffix, Role.LIAISON, otherAgencyId()));
        created.put(Actor.LEADERSHIP, create("matriks.pimpinan." + suffix, Role.LEADERSHIP, null));
        victimUserId = userService.create(new User("matriks.korban." + suffix, "Korban Matriks", Role.LEADERSHIP), PASSWORD).getId();
        Meeting meeting = actionItems.meeting("Rapat matriks izin " + suffix, LocalDate.now().plusDays(7));
        meetingId = meeting.getId();
        ownerItemId = actionItems.item(meeting, "Sosialisasi matriks " + suffix, LocalDate.now().plusMonths(2),
                "Disnakertrans Kab. Serang").getId();
        loginAs("admin");
        foreignAssignment = desaBinaan.roster(RosterFilter.all()).stream().map(RosterRow::assignment)
                .filter(a -> a.getStatus().isOpen())
                .filter(a -> !a.getOffice().getId().equals(otherAgencyId()) && !a.getOffice().getId().equals(ownerAgencyId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo data needs a fostered village of an "
                        + "office other than Kanim Serang"));
        foreignActivity = villageActivities.save(new VillageActivity(foreignAssignment, LocalDate.now(), ActivityKind.VISIT,
                "Kunjungan matriks " + suffix, 1, 1));
        accounts = created;
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_service_operation_has_a_row() {
        Set<String> rows = PermissionMatrix.OPERATIONS.stream().map(o -> key(o.service(), o.signature()))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        Set<String> existing = new TreeSet<>();
        for (Class<?> service : scan(Service.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    existing.add(key(service, signature(method)));
                    if (!rows.contains(key(service, signature(method)))) {
                        missing.add("op(" + service.getSimpleName() + ".class, \"" + signature(method)
                                + "\", WHO, (s, f) -> s." + method.getName() + "(...)),");
                    }
                }
            }
        }
        assertThat(missing).as("Service operations without a row: add them to " + MATRIX_FILE
                + " (WHO as DESIGN.md says, e.g. ADMIN_ONLY or EVERYONE)").isEmpty();
        assertThat(rows).as("Rows in " + MATRIX_FILE + " for operations that no longer exist").isSubsetOf(existing);
    }

    @Test
    void every_route_has_a_row() {
        Set<Class<?>> rows = PermissionMatrix.ROUTES.stream().map(RouteRule::view).collect(Collectors.toSet());
        List<String> missing = scan(Route.class).stream().filter(view -> !rows.contains(view))
                .map(view -> "route(" + view.getSimpleName() + ".class, WHO, false),").toList();
        assertThat(missing).as("Routes without a row: add them to ROUTES in " + MATRIX_FILE).isEmpty();
    }

    @Test
    void each_role_may_call_exactly_the_operations_its_row_allows() {
        List<String> wrong = new ArrayList<>();
        for (Operation<?> operation : PermissionMatrix.OPERATIONS) {
            if (operation.isSystem()) {
                continue;
            }
            for (Actor actor : Actor.values()) {
                boolean allowed = runs(operation, actor);
                if (allowed != operation.allowed().contains(actor)) {
                    wrong.add(operation.service().getSimpleName() + "." + operation.signature() + " as " + actor
                            + (allowed ? ": allowed, but the matrix refuses it" : ": refused, but the matrix allows it"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void each_role_may_open_exactly_the_routes_its_row_allows() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> wrong = new ArrayList<>();
        for (RouteRule rule : PermissionMatrix.ROUTES) {
            for (Actor actor : Actor.values()) {
                Role role = roleOf(actor);
                Principal principal = UsernamePasswordAuthenticationToken.authenticated(actor.name(), null, List.of());
                boolean allowed = checker.hasAccess(rule.view(), principal, r -> r.equals(role.name()));
                if (allowed != rule.allowed().contains(actor)) {
                    wrong.add(rule.view().getSimpleName() + " as " + actor + (allowed ? ": opens" : ": refused"));
                }
            }
            if (checker.hasAccess(rule.view(), null, r -> false) != rule.anonymous()) {
                wrong.add(rule.view().getSimpleName() + " for anonymous visitors");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void system_operations_are_not_called_from_any_view() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.sinergi");
        for (Operation<?> operation : PermissionMatrix.OPERATIONS) {
            if (operation.isSystem()) {
                Method method = method(operation.service(), operation.signature());
                noClasses().that().resideInAPackage("id.sinergi..ui..")
                        .should().callMethod(operation.service(), method.getName(), method.getParameterTypes())
                        .check(classes);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <S> boolean runs(Operation<S> operation, Actor actor) {
        loginAs(accounts.get(actor));
        try {
            S service = context.getBean(operation.service());
            operation.call().call(service, fixture());
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } catch (Exception | Error otherOutcome) {
            return !(otherOutcome.getCause() instanceof AccessDeniedException);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private PermissionMatrix.Fixture fixture() {
        return new PermissionMatrix.Fixture() {
            public String password() {
                return PASSWORD;
            }

            public long meetingId() {
                return meetingId;
            }

            public long ownerItemId() {
                return ownerItemId;
            }

            public DesaBinaan foreignAssignment() {
                return foreignAssignment;
            }

            public VillageActivity foreignActivity() {
                return foreignActivity;
            }

            public long victimUserId() {
                return victimUserId;
            }

            public Long ownerAgencyId() {
                return PermissionMatrixTest.this.ownerAgencyId();
            }

            public Long otherAgencyId() {
                return PermissionMatrixTest.this.otherAgencyId();
            }

            public PendingLogin pendingLogin() {
                return new PendingLogin(-1, "matriks.tidak-ada", false, java.time.Instant.now());
            }
        };
    }

    private Long ownerAgencyId() {
        return agencyService.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow().getId();
    }

    private Long otherAgencyId() {
        return agencyService.findByAbbreviation("Kanim Serang").orElseThrow().getId();
    }

    private String create(String username, Role role, Long agencyId) {
        User user = new User(username, "Akun Matriks", role);
        if (agencyId != null) {
            user.setAgency(agencyService.findById(agencyId).orElseThrow());
        }
        userService.create(user, PASSWORD);
        return username;
    }

    private void loginAs(String username) {
        testAccounts.loginAs(username);
    }

    private static Role roleOf(Actor actor) {
        return switch (actor) {
            case ADMIN -> Role.ADMIN;
            case COORDINATOR -> Role.COORDINATOR;
            case LIAISON_OWNER, LIAISON_OTHER -> Role.LIAISON;
            case LEADERSHIP -> Role.LEADERSHIP;
        };
    }

    private static List<Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("id.sinergi")) {
            try {
                found.add(Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static Method method(Class<?> service, String signature) {
        return Arrays.stream(service.getDeclaredMethods()).filter(m -> signature(m).equals(signature)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No method " + signature + " in " + service));
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String key(Class<?> service, String signature) {
        return service.getName() + "#" + signature;
    }
}
