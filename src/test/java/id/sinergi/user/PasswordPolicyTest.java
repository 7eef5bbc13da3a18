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

    @Test
    void refuses_passwords_made_only_of_the_username_or_words_of_sinergis_context() {
        assertThatThrownBy(() -> PasswordPolicy.check("Sinergi-Imigrasi-2025!"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.context");
        assertThatThrownBy(() -> PasswordPolicy.check("penghubung.disnaker99", "penghubung.disnaker"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.context");
        assertThatThrownBy(() -> PasswordPolicy.check("budisantoso-1985", "budisantoso"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.context");
        assertThatCode(() -> PasswordPolicy.check("sinergi-kopi-tubruk-pagi")).as("context word plus other words")
                .doesNotThrowAnyException();
    }

    @Test
    void accepts_any_characters_and_64_characters_without_composition_rules() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(20) + " spasi dan tanda ~!@#$%^&*() " + "b".repeat(15)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("kalimat panjang tanpa angka atau huruf besar sama sekali ya ok"))
                .doesNotThrowAnyException();
    }

    @Test
    void the_bundled_list_refuses_common_long_passwords_from_breach_lists() {
        assertThatThrownBy(() -> PasswordPolicy.check("iloveyou1234")).hasMessage("password.error.common");
        assertThatThrownBy(() -> PasswordPolicy.check("cookiemonster")).hasMessage("password.error.common");
    }
}
