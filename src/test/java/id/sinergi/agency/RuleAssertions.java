package id.sinergi.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.base.FieldRuleException;

/** A service refused the input with a rule that belongs to one field. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static void assertFieldError(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldRuleException.class,
                e -> assertThat(e.field() + " " + e.messageKey()).isEqualTo(field + " " + messageKey));
    }
}
