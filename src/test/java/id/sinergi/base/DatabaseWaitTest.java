package id.sinergi.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseWaitTest {

    @Test
    void an_unreachable_postgresql_is_reported_not_thrown() {
        assertThat(DatabaseWait.waitFor("jdbc:postgresql://127.0.0.1:1/sinergi", "sinergi", "x", Duration.ZERO)).isFalse();
    }

    @Test
    void a_reachable_database_is_used_at_once() {
        assertThat(DatabaseWait.waitFor("jdbc:h2:mem:wait-test", "sa", "", Duration.ZERO)).isTrue();
    }
}
