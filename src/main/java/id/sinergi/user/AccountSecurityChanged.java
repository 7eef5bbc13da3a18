package id.sinergi.user;

/**
 * Published when something about an account changed that its open sessions must not outlive: disabled, role or agency
 * changed, password reset or changed. The security feature ends the sessions ({@code keepCurrentSession} when users
 * change their own password and stay logged in where they did it).
 */
public record AccountSecurityChanged(long userId, String reason, boolean keepCurrentSession) {
}
