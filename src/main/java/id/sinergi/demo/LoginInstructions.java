package id.sinergi.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints on the console where Sinergi runs and, in demo mode, how to log in. */
@Component
class LoginInstructions {

    private static final Logger LOG = LoggerFactory.getLogger(LoginInstructions.class);

    private final Environment environment;
    private final boolean demo;

    LoginInstructions(Environment environment, @Value("${sinergi.demo:false}") boolean demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  Sinergi is running at http://localhost:" + port + "/\n");
        if (demo) {
            text.append("  Demo accounts (password for all: ").append(UserDemoData.DEMO_PASSWORD).append("):\n");
            for (UserDemoData.DemoAccount account : UserDemoData.ACCOUNTS) {
                text.append(String.format("    %-22s %-12s %s%n", account.username(), account.role(),
                        account.agencyAbbreviation() == null ? "" : account.agencyAbbreviation()));
            }
        } else {
            text.append("  Log in with your account. On the very first start the console showed the administrator's"
                    + " one-time password.\n");
        }
        LOG.info(text.toString());
    }
}
