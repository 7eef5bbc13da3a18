package id.sinergi.user;

import id.sinergi.agency.AgencyUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An agency that user accounts belong to cannot be deleted. */
@Component
class UserAgencyUsage implements AgencyUsage {

    private final UserRepository users;

    UserAgencyUsage(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public long countUsesOf(long agencyId) {
        return users.countByAgencyId(agencyId);
    }

    @Override
    public String messageKey() {
        return "agency.usage.users";
    }
}
