package id.sinergi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class InitialAdministratorTest {

    private final UserService userService = mock(UserService.class);

    @Test
    void first_start_outside_demo_creates_admin_with_one_time_random_password() throws Exception {
        when(userService.hasAnyUser()).thenReturn(false);
        new InitialAdministrator(userService, false).run(null);
        ArgumentCaptor<User> user = ArgumentCaptor.forClass(User.class);
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(userService).createBySystem(user.capture(), password.capture(), org.mockito.ArgumentMatchers.eq(true));
        assertThat(user.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(user.getValue().getUsername()).isEqualTo("admin");
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        PasswordPolicy.check(password.getValue());
    }

    @Test
    void two_first_starts_get_different_passwords() throws Exception {
        assertThat(PasswordPolicy.generate()).isNotEqualTo(PasswordPolicy.generate());
    }

    @Test
    void nothing_is_created_in_demo_mode_or_when_users_exist() throws Exception {
        when(userService.hasAnyUser()).thenReturn(true);
        new InitialAdministrator(userService, false).run(null);
        new InitialAdministrator(userService, true).run(null);
        verify(userService, never()).createBySystem(any(), anyString(), anyBoolean());
    }
}
