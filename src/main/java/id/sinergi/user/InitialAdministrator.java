package id.sinergi.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there is no default password: the first start creates the account {@code admin} with a random
 * password, printed once, which must be changed at the first login.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserService userService;
    private final boolean demo;

    InitialAdministrator(UserService userService, @Value("${sinergi.demo:false}") boolean demo) {
        this.userService = userService;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || userService.hasAnyUser()) {
            return;
        }
        String password = PasswordPolicy.generate();
        userService.createBySystem(new User("admin", "Administrator", Role.ADMIN), password, true);
        LOG.warn("\n\n  First start: created the administrator account 'admin' with the one-time password\n\n      {}\n\n"
                + "  It is shown only this once and must be changed at the first login.\n", password);
    }
}
