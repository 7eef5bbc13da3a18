package id.sinergi.desabinaan;

import id.sinergi.agency.AgencyUsage;
import org.springframework.stereotype.Component;

/** An office that fosters (or fostered) villages cannot be deleted, only ended. */
@Component
class DesaBinaanAgencyUsage implements AgencyUsage {

    private final DesaBinaanRepository assignments;

    DesaBinaanAgencyUsage(DesaBinaanRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public long countUsesOf(long agencyId) {
        return assignments.countByOfficeId(agencyId);
    }

    @Override
    public String messageKey() {
        return "desabinaan.agencyUse";
    }
}
