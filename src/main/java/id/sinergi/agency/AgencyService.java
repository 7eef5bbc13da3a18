package id.sinergi.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies for everyone who may read them; changes are for administrators and coordinators. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public List<Agency> listActive() {
        return agencies.findActiveOn(LocalDate.now());
    }

    public Optional<Agency> findById(Long id) {
        return id == null ? Optional.empty() : agencies.findById(id);
    }

    public Optional<Agency> findByAbbreviation(String abbreviation) {
        return agencies.findFirstByAbbreviationIgnoreCase(abbreviation);
    }

    /** For demo data and imports run by the system itself, not by a user. */
    @Transactional
    public Agency createBySystem(Agency agency) {
        return agencies.save(agency);
    }
}
