package id.sinergi.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import id.sinergi.security.ui.AccessDeniedView;
import com.vaadin.flow.component.html.Paragraph;
import id.sinergi.KaribuTest;
import id.sinergi.backup.BackupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class BackupViewTest extends KaribuTest {

    @Autowired
    BackupService backupService;
    @Autowired
    UserDetailsService users;

    @Test
    void administrator_is_told_that_an_in_memory_database_is_backed_up_elsewhere() {
        login("admin");
        UI.getCurrent().navigate(BackupView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("backup-unsupported")).getText())
                .startsWith("Basis data ini bukan berkas H2 tertanam");
    }

    @Test
    void nobody_but_an_administrator_may_back_up() {
        for (String username : new String[] {"koordinator", "penghubung.disnaker", "pimpinan"}) {
            login(username);
            UI.getCurrent().navigate("backup");
            _assertOne(AccessDeniedView.class);
            var user = users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            assertThatThrownBy(backupService::createBackup).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(backupService::listBackups).isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }
}
