package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.PasswordPolicy;
import id.sinergi.user.PasswordVerifier;
import id.sinergi.user.UserPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password login: first the throttle (a blocked account or address is refused before any hash is computed), then
 * the password, then whether a second factor must follow. Every failure, slow-down, block and login is audited.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider, PasswordVerifier {

    private static final int AUDIT_USERNAME_LENGTH = 50;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottling throttling;
    private final SecondFactorRequirement secondFactors;
    private final AuditService audit;
    private final Clock clock;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottling throttling,
                                     SecondFactorRequirement secondFactors, AuditService audit, Clock clock) {
        this.passwords = passwords;
        this.throttling = throttling;
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalize(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : ClientAddress.current();
        Authentication result = checkPassword(authentication, username, address);
        UserPrincipal principal = (UserPrincipal) result.getPrincipal();
        SecondFactorRequirement.Requirement requirement = secondFactors.requirement(principal.userId(), principal.role());
        if (requirement != SecondFactorRequirement.Requirement.NONE) {
            audit.recordStandalone("LOGIN_PASSWORD_OK", auditName(username), "address: " + address
                    + "\nsecond factor: " + requirement);
            throw new SecondFactorRequiredException(new PendingLogin(principal.userId(), principal.getUsername(),
                    requirement == SecondFactorRequirement.Requirement.ENROL, clock.instant()));
        }
        throttling.recordSuccess(username);
        audit.recordStandalone("LOGIN", auditName(username), "address: " + address);
        return result;
    }

    /** Re-authentication of the logged-in user (password change, second factor change, ending sessions). */
    @Override
    public void verify(String username, String password) {
        try {
            checkPassword(UsernamePasswordAuthenticationToken.unauthenticated(username, password), normalize(username),
                    ClientAddress.current());
        } catch (LoginBlockedException e) {
            throw new BusinessRuleException("login.error.blocked.message");
        } catch (AuthenticationException e) {
            throw new BusinessRuleException("password.error.currentWrong");
        }
    }

    private Authentication checkPassword(Authentication authentication, String username, String address) {
        if (throttling.blockedUntil(username, address).isPresent()) {
            audit.recordStandalone("LOGIN_BLOCKED", auditName(username), "address: " + address);
            throw new LoginBlockedException();
        }
        Object credentials = authentication.getCredentials();
        try {
            if (credentials == null || credentials.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
                // bcrypt reads only 72 bytes; a longer password can never be right, and must not reach the encoder
                throw new BadCredentialsException("Password longer than " + PasswordPolicy.MAX_BYTES + " bytes");
            }
            return passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            audit.recordStandalone("LOGIN_FAILED", auditName(username), "address: " + address + "\nreason: "
                    + e.getClass().getSimpleName());
            throttling.recordFailure(username, address);
            throw e;
        }
    }

    /** A wrong second-factor code counts like a wrong password. */
    void secondFactorFailed(String username) {
        String address = ClientAddress.current();
        audit.recordStandalone("LOGIN_2FA_FAILED", auditName(username), "address: " + address);
        throttling.recordFailure(username, address);
    }

    boolean isBlocked(String username) {
        return throttling.blockedUntil(normalize(username), ClientAddress.current()).isPresent();
    }

    void secondFactorPassed(String username, String how) {
        throttling.recordSuccess(normalize(username));
        audit.recordStandalone("LOGIN", auditName(username), "address: " + ClientAddress.current() + "\nsecond factor: " + how);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String auditName(String username) {
        return username.length() > AUDIT_USERNAME_LENGTH ? username.substring(0, AUDIT_USERNAME_LENGTH) : username;
    }
}
