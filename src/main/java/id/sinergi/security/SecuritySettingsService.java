package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.user.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's security settings: who must use a second factor. */
@Service
@Transactional(readOnly = true)
public class SecuritySettingsService {

    private final SecuritySettingRepository settings;
    private final SecondFactorRequirement requirement;
    private final AuditService audit;

    SecuritySettingsService(SecuritySettingRepository settings, SecondFactorRequirement requirement, AuditService audit) {
        this.settings = settings;
        this.requirement = requirement;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public SecondFactorPolicy secondFactorPolicy() {
        return requirement.policy();
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public void changeSecondFactorPolicy(SecondFactorPolicy policy) {
        SecuritySetting setting = settings.findById(SecuritySetting.SECOND_FACTOR_REQUIRED)
                .orElseGet(() -> settings.save(new SecuritySetting(SecuritySetting.SECOND_FACTOR_REQUIRED, policy.name())));
        String before = setting.getValue();
        setting.setValue(policy.name());
        audit.record("SETTING_CHANGE", "SecuritySetting", SecuritySetting.SECOND_FACTOR_REQUIRED,
                "second factor required: " + before + " → " + policy.name());
    }
}
