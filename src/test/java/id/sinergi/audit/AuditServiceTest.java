package id.sinergi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SinergiSpringTest
class AuditServiceTest {

    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_change_lists_only_changed_fields_with_old_and_new_value() {
        String id = UUID.randomUUID().toString();
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("status", new AuditService.Change("NOT_STARTED", "IN_PROGRESS"));
        changes.put("title", new AuditService.Change("Sama", "Sama"));
        changes.put("progress", new AuditService.Change(0, 40));
        transaction.executeWithoutResult(s -> audit.recordChange("UPDATE", "Test", id, changes));
        assertThat(audit.history("Test", id)).singleElement().satisfies(e -> {
            assertThat(e.getDetails()).isEqualTo("status: NOT_STARTED → IN_PROGRESS\nprogress: 0 → 40");
            assertThat(e.getUsername()).isEqualTo("system");
            assertThat(e.getAction()).isEqualTo("UPDATE");
        });
    }

    @Test
    void an_audit_entry_rolls_back_with_the_change_it_describes() {
        String id = UUID.randomUUID().toString();
        try {
            transaction.executeWithoutResult(s -> {
                audit.record("UPDATE", "Test", id, "never committed");
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change failed, so its audit entry must be gone too
        }
        assertThat(audit.history("Test", id)).isEmpty();
    }

    @Test
    void recording_outside_a_transaction_is_a_programming_error() {
        assertThatThrownBy(() -> audit.record("UPDATE", "Test", "1", "x"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
