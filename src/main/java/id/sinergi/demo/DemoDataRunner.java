package id.sinergi.demo;

import id.sinergi.user.UserService;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo data on the first start (no users yet) when {@code sinergi.demo=true}. */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoData> parts;
    private final UserService userService;
    private final boolean demo;

    DemoDataRunner(List<DemoData> parts, UserService userService, @Value("${sinergi.demo:false}") boolean demo) {
        this.parts = parts;
        this.userService = userService;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || userService.hasAnyUser()) {
            return;
        }
        LOG.info("First start in demo mode: loading demo data");
        parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
    }
}
