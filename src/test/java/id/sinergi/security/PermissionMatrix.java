package id.sinergi.security;

import static id.sinergi.security.PermissionMatrix.Actor.ADMIN;

import id.sinergi.agency.AgencyService;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import id.sinergi.audit.ui.AuditLogView;
import id.sinergi.base.ui.HomeView;
import id.sinergi.region.RegionService;
import id.sinergi.security.ui.AccountSecurityView;
import id.sinergi.security.ui.ChangePasswordView;
import id.sinergi.security.ui.LoginView;
import id.sinergi.security.ui.SecondFactorView;
import id.sinergi.security.ui.SecuritySettingsView;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import id.sinergi.user.ui.UsersView;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * THE permission matrix (DESIGN.md, "Who uses it"): who may call each service operation and open each route.
 * {@link PermissionMatrixTest} finds every public method of every {@code @Service} and every {@code @Route} by classpath
 * scan, fails when one has no row here, and runs each row as each role.
 * <p>
 * To add a row: {@code op(Service.class, "method(ParamType, ...)", WHO, (service, f) -> service.method(...))} in the
 * feature's block below. The call should be harmless (use the fixture's throwaway records, or arguments that a rule
 * refuses after the permission check): a refusal must be an {@code AccessDeniedException}; any other outcome, including
 * another exception, counts as "allowed". Operations only the system itself uses (demo data, start-up) are
 * {@code system(...)} rows; the test checks that no UI class calls them.
 */
final class PermissionMatrix {

    /** The columns: one account per role; the two liaisons belong to the owning agency and to another agency. */
    enum Actor { ADMIN, COORDINATOR, LIAISON_OWNER, LIAISON_OTHER, LEADERSHIP }

    static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    static final Set<Actor> ADMIN_ONLY = EnumSet.of(ADMIN);

    static final List<Operation<?>> OPERATIONS = List.of(
            // user
            op(UserService.class, "list(String, Pageable)", ADMIN_ONLY, (s, f) -> s.list(null, PageRequest.of(0, 1))),
            op(UserService.class, "count(String)", ADMIN_ONLY, (s, f) -> s.count(null)),
            op(UserService.class, "findById(long)", ADMIN_ONLY, (s, f) -> s.findById(f.victimUserId())),
            op(UserService.class, "create(User, String)", ADMIN_ONLY, (s, f) -> s.create(User.blank(), "")),
            op(UserService.class, "update(User)", ADMIN_ONLY, (s, f) -> s.update(User.blank())),
            op(UserService.class, "resetPassword(long)", ADMIN_ONLY, (s, f) -> s.resetPassword(f.victimUserId())),
            op(UserService.class, "findCurrent()", EVERYONE, (s, f) -> s.findCurrent()),
            op(UserService.class, "changeOwnPassword(String, String)", EVERYONE,
                    (s, f) -> s.changeOwnPassword(f.password(), "short")),
            op(UserService.class, "changeOwnLanguage(String)", EVERYONE, (s, f) -> s.changeOwnLanguage("id")),
            system(UserService.class, "hasAnyUser()"),
            system(UserService.class, "createBySystem(User, String, boolean)"),

            // agency and region (reference data: everyone reads)
            op(AgencyService.class, "listActive()", EVERYONE, (s, f) -> s.listActive()),
            op(AgencyService.class, "findById(Long)", EVERYONE, (s, f) -> s.findById(f.ownerAgencyId())),
            op(AgencyService.class, "findByAbbreviation(String)", EVERYONE, (s, f) -> s.findByAbbreviation("BP3MI Banten")),
            system(AgencyService.class, "createBySystem(Agency)"),
            op(RegionService.class, "findByCode(String)", EVERYONE, (s, f) -> s.findByCode("36")),
            system(RegionService.class, "addMissingBySystem(Collection)"),

            // audit: every feature appends; only administrators read the whole trail
            op(AuditService.class, "record(String, String, Object, String)", EVERYONE,
                    (s, f) -> s.record("MATRIX", "Test", 1, "permission matrix")),
            op(AuditService.class, "recordChange(String, String, Object, Map)", EVERYONE,
                    (s, f) -> s.recordChange("MATRIX", "Test", 1, Map.of())),
            op(AuditService.class, "recordStandalone(String, String, String)", EVERYONE,
                    (s, f) -> s.recordStandalone("MATRIX", "matrix", "permission matrix")),
            op(AuditService.class, "recordExport(String, String)", EVERYONE, (s, f) -> s.recordExport("matrix", "none")),
            op(AuditService.class, "history(String, Object)", EVERYONE, (s, f) -> s.history("Test", 1)),
            op(AuditService.class, "search(AuditFilter, Pageable)", ADMIN_ONLY,
                    (s, f) -> s.search(AuditFilter.none(), PageRequest.of(0, 1))),
            op(AuditService.class, "count(AuditFilter)", ADMIN_ONLY, (s, f) -> s.count(AuditFilter.none())),
            op(AuditService.class, "actions()", ADMIN_ONLY, (s, f) -> s.actions()),
            op(AuditService.class, "entityTypes()", ADMIN_ONLY, (s, f) -> s.entityTypes()),
            op(AuditService.class, "export(AuditFilter, Locale, OutputStream)", ADMIN_ONLY, (s, f) -> s.export(
                    new AuditFilter(null, null, null, "NO_SUCH_ACTION", null, null), Locale.ENGLISH, new ByteArrayOutputStream())),

            // security: one's own second factor and sessions; administrators reset others' and set the policy
            op(SecondFactorService.class, "status()", EVERYONE, (s, f) -> s.status()),
            op(SecondFactorService.class, "startEnrolment(String)", EVERYONE, (s, f) -> s.startEnrolment(f.password())),
            op(SecondFactorService.class, "confirmEnrolment(String)", EVERYONE, (s, f) -> s.confirmEnrolment("000000")),
            op(SecondFactorService.class, "renewRecoveryCodes(String)", EVERYONE, (s, f) -> s.renewRecoveryCodes("000000")),
            op(SecondFactorService.class, "disable(String, String)", EVERYONE, (s, f) -> s.disable(f.password(), "000000")),
            op(SecondFactorService.class, "resetFor(long)", ADMIN_ONLY, (s, f) -> s.resetFor(f.victimUserId())),
            // the second login step: anyone, but only with a pending login that a right password put in the session
            op(SecondFactorLogin.class, "usable(PendingLogin)", EVERYONE, (s, f) -> s.usable(f.pendingLogin())),
            op(SecondFactorLogin.class, "startEnrolment(PendingLogin)", EVERYONE, (s, f) -> s.startEnrolment(f.pendingLogin())),
            op(SecondFactorLogin.class, "confirmEnrolment(PendingLogin, String)", EVERYONE,
                    (s, f) -> s.confirmEnrolment(f.pendingLogin(), "000000")),
            op(SecondFactorLogin.class, "verify(PendingLogin, String)", EVERYONE, (s, f) -> s.verify(f.pendingLogin(), "000000")),
            op(SecuritySettingsService.class, "secondFactorPolicy()", ADMIN_ONLY, (s, f) -> s.secondFactorPolicy()),
            op(SecuritySettingsService.class, "changeSecondFactorPolicy(SecondFactorPolicy)", ADMIN_ONLY,
                    (s, f) -> s.changeSecondFactorPolicy(s.secondFactorPolicy())),
            op(SessionService.class, "mySessions()", EVERYONE, (s, f) -> s.mySessions()),
            op(SessionService.class, "endMySession(String, String)", EVERYONE, (s, f) -> s.endMySession("none", f.password())),
            op(SessionService.class, "endMyOtherSessions(String)", EVERYONE, (s, f) -> s.endMyOtherSessions(f.password())),
            op(SessionService.class, "sessionsOf(long)", ADMIN_ONLY, (s, f) -> s.sessionsOf(f.victimUserId())),
            op(SessionService.class, "endSessionsOf(long)", ADMIN_ONLY, (s, f) -> s.endSessionsOf(f.victimUserId())),
            op(SessionService.class, "endAllOtherSessions()", ADMIN_ONLY, (s, f) -> s.endAllOtherSessions())
    );

    /** Who may open each route; {@code anonymous} routes are open before login too. */
    static final List<RouteRule> ROUTES = List.of(
            route(LoginView.class, EVERYONE, true),
            route(SecondFactorView.class, EVERYONE, true),
            route(HomeView.class, EVERYONE, false),
            route(ChangePasswordView.class, EVERYONE, false),
            route(AccountSecurityView.class, EVERYONE, false),
            route(UsersView.class, ADMIN_ONLY, false),
            route(SecuritySettingsView.class, ADMIN_ONLY, false),
            route(AuditLogView.class, ADMIN_ONLY, false)
    );

    private PermissionMatrix() {
    }

    /** The throwaway records the rows work on, made once per test run. */
    interface Fixture {
        String password();

        long victimUserId();

        Long ownerAgencyId();

        Long otherAgencyId();

        PendingLogin pendingLogin();
    }

    interface Call<S> {
        void call(S service, Fixture fixture) throws Exception;
    }

    record Operation<S>(Class<S> service, String signature, Set<Actor> allowed, Call<S> call) {
        boolean isSystem() {
            return call == null;
        }
    }

    record RouteRule(Class<?> view, Set<Actor> allowed, boolean anonymous) {
    }

    private static <S> Operation<S> op(Class<S> service, String signature, Set<Actor> allowed, Call<S> call) {
        return new Operation<>(service, signature, allowed, call);
    }

    private static <S> Operation<S> system(Class<S> service, String signature) {
        return new Operation<>(service, signature, Set.of(), null);
    }

    private static RouteRule route(Class<?> view, Set<Actor> allowed, boolean anonymous) {
        return new RouteRule(view, allowed, anonymous);
    }
}
