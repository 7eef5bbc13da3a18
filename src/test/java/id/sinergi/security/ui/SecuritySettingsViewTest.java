package id.sinergi.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import id.sinergi.security.SecondFactorPolicy;
import id.sinergi.security.SecuritySettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecuritySettingsViewTest extends KaribuTest {

    @Autowired
    SecuritySettingsService settings;

    @AfterEach
    void nobodyIsForcedAgain() {
        login("admin");
        settings.changeSecondFactorPolicy(SecondFactorPolicy.NONE);
    }

    @Test
    void the_administrator_requires_a_second_factor_for_administrators_and_coordinators() {
        login("admin");
        UI.getCurrent().navigate("security-settings");
        SecuritySettingsView view = _get(SecuritySettingsView.class);
        assertThat(view.policy.getValue()).isEqualTo(SecondFactorPolicy.NONE);
        _setValue(view.policy, SecondFactorPolicy.PRIVILEGED);
        _click(view.save);
        assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.PRIVILEGED);
    }
}
