package id.sinergi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After the login form: every wrong username or password gets the same answer ({@code login?error}); a blocked account
 * or address gets {@code login?blocked} (also for unknown usernames, so it reveals nothing); a right password that
 * needs a second factor goes on to the second step, with a new session id.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String SECOND_STEP_PATH = "/second-factor";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof SecondFactorRequiredException required) {
            request.getSession().setAttribute(PendingLogin.SESSION_ATTRIBUTE, required.pending());
            request.changeSessionId();
            target = SECOND_STEP_PATH;
        } else if (exception instanceof LoginBlockedException) {
            target = "/login?blocked";
        } else {
            target = "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
