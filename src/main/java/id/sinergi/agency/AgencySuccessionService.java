package id.sinergi.agency;

import id.sinergi.audit.AuditService;
import id.sinergi.base.FieldRuleException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an agency, optionally handing over to a successor (a rename or one part of a split). The ended agency keeps its
 * name, so everything recorded under it still shows the old name; the successor starts the day after.
 */
@Service
public class AgencySuccessionService {

    private final AgencyService agencyService;
    private final AgencyRepository agencies;
    private final ImmigrationOfficeRepository offices;
    private final AgencyRules rules;
    private final AuditService audit;

    AgencySuccessionService(AgencyService agencyService, AgencyRepository agencies, ImmigrationOfficeRepository offices,
                            AgencyRules rules, AuditService audit) {
        this.agencyService = agencyService;
        this.agencies = agencies;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
    }

    /** The successor's own data; it inherits category, parent, region and immigration office details. */
    public record Successor(String name, String abbreviation, boolean moveSubAgencies) {
    }

    /** Ends the agency on its last day (inclusive). */
    @PreAuthorize(AgencyService.EDITORS)
    @Transactional
    public Agency end(long agencyId, int version, LocalDate lastDay) {
        Agency stored = agencyService.lockedCopy(agencyId, version);
        if (lastDay == null) {
            throw new FieldRuleException("lastDay", "validation.required");
        }
        if (stored.isEndedOn(agencyService.today())) {
            throw new FieldRuleException("lastDay", "agency.error.alreadyEnded", stored.getValidTo());
        }
        if (stored.getValidFrom() != null && lastDay.isBefore(stored.getValidFrom())) {
            throw new FieldRuleException("lastDay", "agency.error.lastDayBeforeStart", stored.getValidFrom());
        }
        audit.recordChange("AGENCY_END", "Agency", agencyId,
                Map.of("validTo", new AuditService.Change(stored.getValidTo(), lastDay)));
        stored.setValidTo(lastDay);
        return agencies.saveAndFlush(stored);
    }

    /** Ends the agency and creates its successor from the next day; returns the successor. */
    @PreAuthorize(AgencyService.EDITORS)
    @Transactional
    public Agency endWithSuccessor(long agencyId, int version, LocalDate lastDay, Successor data) {
        Agency ended = end(agencyId, version, lastDay);
        Agency successor = new Agency(trim(data.name()), trim(data.abbreviation()), ended.getCategory());
        successor.setParent(ended.getParent());
        successor.setRegionCode(ended.getRegionCode());
        successor.setValidFrom(lastDay.plusDays(1));
        successor.setPredecessor(ended);
        rules.check(successor, agencyService.today());
        Agency saved = agencies.saveAndFlush(successor);
        audit.record("AGENCY_CREATE", "Agency", saved.getId(), AgencyService.describe(saved));
        offices.findById(agencyId).ifPresent(office -> copyOffice(office, saved));
        if (data.moveSubAgencies()) {
            moveSubAgencies(ended, saved);
        }
        return saved;
    }

    private void copyOffice(ImmigrationOffice office, Agency successor) {
        ImmigrationOffice copy = new ImmigrationOffice(successor, office.getKind());
        copy.setOfficeClass(office.getOfficeClass());
        copy.setWorkingArea(office.getWorkingArea());
        offices.saveAndFlush(copy);
        audit.record("OFFICE_CREATE", "Agency", successor.getId(), "kind: " + copy.getKind() + "\nclass: "
                + copy.getOfficeClass() + "\nworkingArea: " + String.join(", ", copy.getWorkingArea()));
    }

    private void moveSubAgencies(Agency ended, Agency successor) {
        LocalDate today = agencyService.today();
        for (Agency child : agencies.findByParentId(ended.getId())) {
            if (!child.isEndedOn(today) && !child.equals(successor)) {
                audit.recordChange("AGENCY_UPDATE", "Agency", child.getId(), Map.of("parent",
                        new AuditService.Change(ended.getAbbreviation(), successor.getAbbreviation())));
                child.setParent(successor);
            }
        }
        agencies.flush();
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
