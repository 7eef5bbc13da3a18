package id.sinergi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.base.BusinessRuleException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class NotificationsTest {

    @Test
    void each_kind_of_failure_gets_its_own_message_and_nothing_technical() {
        assertThat(Notifications.keyFor(new BusinessRuleException("user.error.usernameTaken", "x")))
                .isEqualTo("user.error.usernameTaken");
        assertThat(Notifications.keyFor(new RuntimeException(new AccessDeniedException("no")))).isEqualTo("error.accessDenied");
        assertThat(Notifications.keyFor(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo("error.conflict");
        assertThat(Notifications.keyFor(new CannotCreateTransactionException("no connection",
                new ConnectException("Connection refused")))).isEqualTo("error.databaseUnavailable");
        assertThat(Notifications.keyFor(new IllegalStateException("bug"))).isEqualTo("error.unexpected");
    }
}
