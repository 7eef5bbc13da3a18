package id.sinergi.security;

import id.sinergi.base.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The second step of a login. It works only on a {@link PendingLogin}, which only a right password creates and which
 * lives in the server-side session; wrong codes count as failed logins for the throttle, and after five the login starts
 * again from the password.
 */
@Service
public class SecondFactorLogin {

    public enum Outcome { VERIFIED, WRONG_CODE, START_AGAIN }

    private final SecondFactorService secondFactors;
    private final ThrottlingAuthenticationProvider login;
    private final Clock clock;

    SecondFactorLogin(SecondFactorService secondFactors, ThrottlingAuthenticationProvider login, Clock clock) {
        this.secondFactors = secondFactors;
        this.login = login;
        this.clock = clock;
    }

    /** Whether the pending login may still go on (not too old, account and address not blocked). */
    public boolean usable(PendingLogin pending) {
        return pending != null && !pending.isVerified() && !pending.expiredAt(clock.instant()) && !login.isBlocked(pending.username());
    }

    public SecondFactorService.Enrolment startEnrolment(PendingLogin pending) {
        requireEnrolment(pending);
        return secondFactors.start(pending.userId(), pending.username());
    }

    /** Confirms the enrolment; the login is then verified and the recovery codes are returned to be shown once. */
    public List<String> confirmEnrolment(PendingLogin pending, String code) {
        requireEnrolment(pending);
        try {
            List<String> codes = secondFactors.confirm(pending.userId(), code);
            pending.markVerified();
            login.secondFactorPassed(pending.username(), "enrolled authenticator");
            return codes;
        } catch (BusinessRuleException wrong) {
            if (countWrongCode(pending) == Outcome.START_AGAIN) {
                throw new BusinessRuleException("twofactor.error.startAgain");
            }
            throw wrong;
        }
    }

    public Outcome verify(PendingLogin pending, String code) {
        if (!usable(pending) || pending.enrolmentNeeded()) {
            return Outcome.START_AGAIN;
        }
        String how = secondFactors.verify(pending.userId(), code);
        if (how == null) {
            return countWrongCode(pending);
        }
        pending.markVerified();
        login.secondFactorPassed(pending.username(), how);
        return Outcome.VERIFIED;
    }

    private Outcome countWrongCode(PendingLogin pending) {
        login.secondFactorFailed(pending.username());
        boolean exhausted = pending.wrongCode();
        return exhausted || login.isBlocked(pending.username()) ? Outcome.START_AGAIN : Outcome.WRONG_CODE;
    }

    private void requireEnrolment(PendingLogin pending) {
        if (!usable(pending) || !pending.enrolmentNeeded()) {
            throw new BusinessRuleException("twofactor.error.startAgain");
        }
    }
}
