package id.sinergi.agency;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import id.sinergi.region.Region;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Immigration offices: Kanwil → Kanim / Rudenim, office class and working area. Everyone reads; editors change. */
@Service
@Transactional(readOnly = true)
public class ImmigrationOfficeService {

    private final ImmigrationOfficeRepository offices;
    private final AgencyRepository agencies;
    private final AgencyService agencyService;
    private final RegionService regionService;
    private final AuditService audit;

    ImmigrationOfficeService(ImmigrationOfficeRepository offices, AgencyRepository agencies, AgencyService agencyService,
                             RegionService regionService, AuditService audit) {
        this.offices = offices;
        this.agencies = agencies;
        this.agencyService = agencyService;
        this.regionService = regionService;
        this.audit = audit;
    }

    /** Every office with its agency (and the agency's parent, i.e. the Kanwil) loaded, by name. */
    public List<ImmigrationOffice> listAll() {
        return offices.findAllWithAgency();
    }

    /** Agencies of category IMMIGRATION whose office details (kind, class) are not set yet. */
    public List<Agency> listWithoutDetails() {
        return agencies.findImmigrationAgenciesWithoutOffice();
    }

    /** All regional offices (Kanwil), ended ones included, by name. */
    public List<ImmigrationOffice> listKanwils() {
        return offices.findKanwils();
    }

    /** The Kanim and Rudenim that belong to a Kanwil, by name. */
    public List<ImmigrationOffice> officesOf(long kanwilAgencyId) {
        return offices.findByKanwil(kanwilAgencyId);
    }

    /** The office details of an agency, with the agency (and its parent, the Kanwil) loaded. */
    public Optional<ImmigrationOffice> findByAgencyId(long agencyId) {
        return offices.findWithAgency(agencyId);
    }

    public boolean isImmigrationOffice(long agencyId) {
        return offices.existsById(agencyId);
    }

    /** Codes of the regencies and cities the office covers; empty for an unknown office. */
    public SortedSet<String> workingAreaOf(long agencyId) {
        return offices.findById(agencyId).map(ImmigrationOffice::getWorkingArea).orElse(new TreeSet<>());
    }

    /** The offices whose working area holds the regency or city of a region code (a village's code works too). */
    public List<ImmigrationOffice> officesCovering(String regionCode) {
        if (regionCode == null || regionCode.length() < 5) {
            return List.of();
        }
        return offices.findCovering(regionCode.substring(0, 5));
    }

    @PreAuthorize(AgencyService.EDITORS)
    @Transactional
    public ImmigrationOffice save(OfficeChange change) {
        Agency agency = agencyService.lockedCopy(change.agencyId(), change.agencyVersion());
        ImmigrationOffice office = offices.findById(change.agencyId()).orElse(null);
        Integer storedVersion = office == null ? null : office.getVersion();
        if (!Objects.equals(storedVersion, change.officeVersion())) {
            throw new ObjectOptimisticLockingFailureException(ImmigrationOffice.class, change.agencyId());
        }
        if (agency.getCategory() != AgencyCategory.IMMIGRATION) {
            throw new BusinessRuleException("office.error.notImmigration", agency.getAbbreviation());
        }
        OfficeKind kind = change.kind();
        if (kind == null) {
            throw new FieldRuleException("kind", "validation.required");
        }
        if (kind == OfficeKind.KANIM && change.officeClass() == null) {
            throw new FieldRuleException("officeClass", "office.error.classRequired");
        }
        Agency kanwil = kanwilFor(kind, change.kanwilId());
        if (office != null && office.getKind() == OfficeKind.KANWIL && kind != OfficeKind.KANWIL) {
            int under = offices.findByKanwil(agency.getId()).size();
            if (under > 0) {
                throw new FieldRuleException("kind", "office.error.kanwilHasOffices", under);
            }
        }
        Set<String> area = kind == OfficeKind.KANWIL ? Set.of() : checkedWorkingArea(change.workingArea());
        OfficeClass officeClass = kind == OfficeKind.KANIM ? change.officeClass() : null;
        Agency parent = kanwil != null ? kanwil : parentOfKanwil(agency);

        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("kind", new AuditService.Change(office == null ? null : office.getKind(), kind));
        changes.put("class", new AuditService.Change(office == null ? null : office.getOfficeClass(), officeClass));
        changes.put("parent", new AuditService.Change(AgencyService.abbreviation(agency.getParent()),
                AgencyService.abbreviation(parent)));
        changes.put("workingArea", new AuditService.Change(office == null ? "" : String.join(", ", office.getWorkingArea()),
                String.join(", ", new TreeSet<>(area))));
        audit.recordChange(office == null ? "OFFICE_CREATE" : "OFFICE_UPDATE", "Agency", agency.getId(), changes);

        if (office == null) {
            office = new ImmigrationOffice(agency, kind);
        }
        office.setKind(kind);
        office.setOfficeClass(officeClass);
        office.setWorkingArea(area);
        agency.setParent(parent);
        ImmigrationOffice saved = offices.saveAndFlush(office);
        agencies.flush();
        return saved;
    }

    /** For demo data run by the system itself: sets the office details of an agency without checks of the user. */
    @Transactional
    public ImmigrationOffice defineBySystem(long agencyId, OfficeKind kind, OfficeClass officeClass, Set<String> area) {
        Agency agency = agencies.findById(agencyId).orElseThrow();
        ImmigrationOffice office = offices.findById(agencyId).orElseGet(() -> new ImmigrationOffice(agency, kind));
        office.setKind(kind);
        office.setOfficeClass(officeClass);
        office.setWorkingArea(area);
        return offices.save(office);
    }

    private Agency kanwilFor(OfficeKind kind, Long kanwilId) {
        if (!kind.belongsToKanwil()) {
            if (kanwilId != null) {
                throw new FieldRuleException("kanwil", "office.error.kanwilUnderOffice");
            }
            return null;
        }
        if (kanwilId == null) {
            throw new FieldRuleException("kanwil", "office.error.kanwilRequired");
        }
        return offices.findById(kanwilId).filter(o -> o.getKind() == OfficeKind.KANWIL)
                .map(ImmigrationOffice::getAgency)
                .orElseThrow(() -> new FieldRuleException("kanwil", "office.error.notAKanwil"));
    }

    /** A Kanwil keeps its parent (the ministry) unless that is an immigration office: then it moves up past it. */
    private Agency parentOfKanwil(Agency agency) {
        Agency parent = agency.getParent();
        while (parent != null && offices.existsById(parent.getId())) {
            parent = parent.getParent();
        }
        return parent;
    }

    private Set<String> checkedWorkingArea(Set<String> codes) {
        Set<String> area = codes == null ? Set.of() : codes;
        for (String code : area) {
            RegionLevel level = regionService.findByCode(code).map(Region::getLevel).orElse(null);
            if (level != RegionLevel.REGENCY && level != RegionLevel.CITY) {
                throw new FieldRuleException("workingArea", "office.error.workingAreaLevel", code);
            }
        }
        return area;
    }
}
