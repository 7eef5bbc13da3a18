package id.sinergi.agency;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies for everyone who may read them; changes are for administrators and coordinators. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    /** Who may change agencies, immigration offices and officers. */
    public static final String EDITORS = "hasAnyRole('ADMIN','COORDINATOR')";

    private final AgencyRepository agencies;
    private final ImmigrationOfficeRepository offices;
    private final OfficerRepository officers;
    private final AgencyRules rules;
    private final ObjectProvider<AgencyUsage> usages;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    AgencyService(AgencyRepository agencies, ImmigrationOfficeRepository offices, OfficerRepository officers,
                  AgencyRules rules, ObjectProvider<AgencyUsage> usages, AuditService audit,
                  ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.offices = offices;
        this.officers = officers;
        this.rules = rules;
        this.usages = usages;
        this.audit = audit;
        this.events = events;
    }

    public List<Agency> listActive() {
        return agencies.findActiveOn(today());
    }

    public List<Agency> list(AgencyFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        String region = filter.regionCode();
        return agencies.search(SearchText.likePattern(filter.text()), filter.category(), region,
                region == null ? null : region + ".%", filter.activeOnly(), today(), sorted).getContent();
    }

    public long count(AgencyFilter filter) {
        String region = filter.regionCode();
        return agencies.countSearch(SearchText.likePattern(filter.text()), filter.category(), region,
                region == null ? null : region + ".%", filter.activeOnly(), today());
    }

    /** The agency with its parent and predecessor loaded. */
    public Optional<Agency> findById(Long id) {
        return id == null ? Optional.empty() : agencies.findWithLinks(id);
    }

    /** The agency with this abbreviation that is active today, else the one that ended last. */
    public Optional<Agency> findByAbbreviation(String abbreviation) {
        LocalDate today = today();
        return agencies.findByAbbreviationIgnoreCase(abbreviation == null ? "" : abbreviation.trim()).stream()
                .max(Comparator.comparing((Agency a) -> a.isActiveOn(today))
                        .thenComparing(a -> a.getValidTo() == null ? LocalDate.MAX : a.getValidTo()));
    }

    /** The agencies that continue this one (after a rename or split), by name. */
    public List<Agency> successorsOf(long agencyId) {
        return agencies.findByPredecessorIdOrderByName(agencyId);
    }

    /** Everything that still refers to the agency; empty when it may be deleted. */
    public List<AgencyUse> usesOf(long agencyId) {
        List<AgencyUse> uses = new ArrayList<>();
        addUse(uses, "agency.usage.subAgencies", agencies.countByParentId(agencyId));
        addUse(uses, "agency.usage.successors", agencies.countByPredecessorId(agencyId));
        addUse(uses, "agency.usage.officers", officers.countByAgencyId(agencyId));
        usages.orderedStream().forEach(usage -> addUse(uses, usage.messageKey(), usage.countUsesOf(agencyId)));
        return uses;
    }

    /** Creates or updates an agency; a stale version is refused (optimistic locking), every change is audited. */
    @PreAuthorize(EDITORS)
    @Transactional
    public Agency save(Agency agency) {
        agency.setName(agency.getName() == null ? null : agency.getName().trim());
        agency.setAbbreviation(agency.getAbbreviation() == null ? null : agency.getAbbreviation().trim());
        if (agency.getParent() != null) {
            // the caller's parent may be a detached proxy; the rules and the audit need the stored one
            agency.setParent(agencies.findById(agency.getParent().getId())
                    .orElseThrow(() -> new FieldRuleException("parent", "error.notFound")));
        }
        rules.check(agency, today());
        if (agency.isNew()) {
            agency.setPredecessor(null);
            Agency saved = agencies.saveAndFlush(agency);
            audit.record("AGENCY_CREATE", "Agency", saved.getId(), describe(saved));
            return saved;
        }
        Agency stored = lockedCopy(agency.getId(), agency.getVersion());
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("name", new AuditService.Change(stored.getName(), agency.getName()));
        changes.put("abbreviation", new AuditService.Change(stored.getAbbreviation(), agency.getAbbreviation()));
        changes.put("category", new AuditService.Change(stored.getCategory(), agency.getCategory()));
        changes.put("parent", new AuditService.Change(abbreviation(stored.getParent()), abbreviation(agency.getParent())));
        changes.put("region", new AuditService.Change(stored.getRegionCode(), agency.getRegionCode()));
        changes.put("validFrom", new AuditService.Change(stored.getValidFrom(), agency.getValidFrom()));
        changes.put("validTo", new AuditService.Change(stored.getValidTo(), agency.getValidTo()));
        audit.recordChange("AGENCY_UPDATE", "Agency", stored.getId(), changes);
        boolean moved = !Objects.equals(stored.getRegionCode(), agency.getRegionCode());
        stored.setName(agency.getName());
        stored.setAbbreviation(agency.getAbbreviation());
        stored.setCategory(agency.getCategory());
        stored.setParent(agency.getParent());
        stored.setRegionCode(agency.getRegionCode());
        stored.setValidFrom(agency.getValidFrom());
        stored.setValidTo(agency.getValidTo());
        Agency saved = agencies.saveAndFlush(stored);
        if (moved) {
            events.publishEvent(new AgencyMoved(saved.getId(), saved.getRegionCode()));
        }
        return saved;
    }

    /** Deletes an agency nothing refers to; one still in use is refused with every use named, and can only be ended. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void delete(long agencyId, int version) {
        Agency stored = lockedCopy(agencyId, version);
        List<AgencyUse> uses = usesOf(agencyId);
        if (!uses.isEmpty()) {
            throw new AgencyInUseException(stored.getAbbreviation(), uses);
        }
        offices.findById(agencyId).ifPresent(offices::delete);
        audit.record("AGENCY_DELETE", "Agency", agencyId, describe(stored));
        try {
            agencies.delete(stored);
            agencies.flush();
        } catch (DataIntegrityViolationException e) {
            // a feature that refers to agencies without an AgencyUsage bean: the database still refuses
            throw new BusinessRuleException("agency.error.referenced", stored.getAbbreviation());
        }
    }

    /** For demo data and imports run by the system itself, not by a user. */
    @Transactional
    public Agency createBySystem(Agency agency) {
        return agencies.save(agency);
    }

    LocalDate today() {
        return LocalDate.now();
    }

    Agency lockedCopy(long agencyId, int version) {
        Agency stored = agencies.findById(agencyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Agency.class, agencyId);
        }
        return stored;
    }

    static String describe(Agency agency) {
        return "name: " + agency.getName() + "\nabbreviation: " + agency.getAbbreviation() + "\ncategory: "
                + agency.getCategory() + "\nparent: " + abbreviation(agency.getParent()) + "\nregion: "
                + agency.getRegionCode() + "\nvalidFrom: " + agency.getValidFrom() + "\nvalidTo: " + agency.getValidTo()
                + (agency.getPredecessor() == null ? "" : "\npredecessor: " + agency.getPredecessor().getAbbreviation());
    }

    static String abbreviation(Agency agency) {
        return agency == null ? "-" : agency.getAbbreviation();
    }

    private static void addUse(List<AgencyUse> uses, String messageKey, long count) {
        if (count > 0) {
            uses.add(new AgencyUse(messageKey, count));
        }
    }
}
