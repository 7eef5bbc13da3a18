package id.sinergi.user;

/**
 * Checks a logged-in user's current password before a sensitive change. The security feature implements it with the
 * same throttle as the login, so a hijacked session cannot be used to guess the password.
 */
public interface PasswordVerifier {

    /** Throws a {@code BusinessRuleException} when the password is wrong or the account is blocked for now. */
    void verify(String username, String password);
}
