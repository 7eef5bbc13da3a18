package id.sinergi.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.base.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void accepts_a_long_uncommon_password() {
        assertThatCode(() -> PasswordPolicy.check("kopi-tubruk-di-pontang")).doesNotThrowAnyException();
    }

    @Test
    void refuses_short_common_and_over_long_passwords_with_a_message_key() {
        assertThatThrownBy(() -> PasswordPolicy.check("pendek"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("Password1234"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.common");
        assertThatThrownBy(() -> PasswordPolicy.check("é".repeat(40)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.tooLong");
    }
}
