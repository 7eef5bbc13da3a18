package id.sinergi.security;

import id.sinergi.user.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether a login needs a second step: verify an enrolled authenticator, or enrol one because the policy demands it. */
@Component
class SecondFactorRequirement {

    enum Requirement { NONE, VERIFY, ENROL }

    private final SecondFactorRepository factors;
    private final SecuritySettingRepository settings;

    SecondFactorRequirement(SecondFactorRepository factors, SecuritySettingRepository settings) {
        this.factors = factors;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Requirement requirement(long userId, Role role) {
        if (factors.findById(userId).filter(SecondFactor::isEnabled).isPresent()) {
            return Requirement.VERIFY;
        }
        return policy().requires(role) ? Requirement.ENROL : Requirement.NONE;
    }

    @Transactional(readOnly = true)
    SecondFactorPolicy policy() {
        return settings.findById(SecuritySetting.SECOND_FACTOR_REQUIRED)
                .map(s -> SecondFactorPolicy.valueOf(s.getValue())).orElse(SecondFactorPolicy.NONE);
    }
}
