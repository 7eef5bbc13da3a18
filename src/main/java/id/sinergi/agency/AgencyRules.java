package id.sinergi.agency;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import id.sinergi.region.RegionService;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The rules an agency must keep before it is saved; each broken rule names the field it belongs to. */
@Component
class AgencyRules {

    private final AgencyRepository agencies;
    private final ImmigrationOfficeRepository offices;
    private final RegionService regionService;
    private final Validator validator;

    AgencyRules(AgencyRepository agencies, ImmigrationOfficeRepository offices, RegionService regionService,
                Validator validator) {
        this.agencies = agencies;
        this.offices = offices;
        this.regionService = regionService;
        this.validator = validator;
    }

    /** Checks the agency; its parent (if any) must be the stored one, loaded in the caller's transaction. */
    void check(Agency agency, LocalDate today) {
        if (!validator.validate(agency).isEmpty()) {
            throw new BusinessRuleException("error.invalid");
        }
        if (agency.getValidFrom() != null && agency.getValidTo() != null
                && agency.getValidTo().isBefore(agency.getValidFrom())) {
            throw new FieldRuleException("validTo", "agency.error.validToBeforeFrom");
        }
        if (agency.getRegionCode() != null && regionService.findByCode(agency.getRegionCode()).isEmpty()) {
            throw new FieldRuleException("regionCode", "agency.error.regionUnknown", agency.getRegionCode());
        }
        checkAbbreviationFree(agency, today);
        checkParent(agency, today);
        checkOfficeRules(agency);
    }

    /** Two agencies that are not ended may not share an abbreviation while their periods overlap. */
    private void checkAbbreviationFree(Agency agency, LocalDate today) {
        if (agency.isEndedOn(today)) {
            return;
        }
        agencies.findByAbbreviationIgnoreCase(agency.getAbbreviation()).stream()
                .filter(other -> !other.getId().equals(agency.getId()))
                .filter(other -> !other.isEndedOn(today) && overlap(agency, other))
                .findFirst()
                .ifPresent(other -> {
                    throw new FieldRuleException("abbreviation", "agency.error.abbreviationTaken",
                            agency.getAbbreviation(), other.getName());
                });
    }

    private static boolean overlap(Agency a, Agency b) {
        boolean aEndsBeforeB = a.getValidTo() != null && b.getValidFrom() != null && a.getValidTo().isBefore(b.getValidFrom());
        boolean bEndsBeforeA = b.getValidTo() != null && a.getValidFrom() != null && b.getValidTo().isBefore(a.getValidFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private void checkParent(Agency agency, LocalDate today) {
        Agency parent = agency.getParent();
        if (parent == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Agency above = parent; above != null; above = above.getParent()) {
            if (above.getId().equals(agency.getId()) || !seen.add(above.getId())) {
                throw new FieldRuleException("parent", "agency.error.parentCycle", parent.getAbbreviation());
            }
        }
        if (!agency.isEndedOn(today) && parent.isEndedOn(today)) {
            throw new FieldRuleException("parent", "agency.error.parentEnded", parent.getAbbreviation());
        }
    }

    /** A Kanim or Rudenim sits under a Kanwil; a Kanwil under no immigration office; an office stays IMMIGRATION. */
    private void checkOfficeRules(Agency agency) {
        if (agency.getId() == null) {
            return;
        }
        Optional<ImmigrationOffice> office = offices.findById(agency.getId());
        if (office.isEmpty()) {
            return;
        }
        if (agency.getCategory() != AgencyCategory.IMMIGRATION) {
            throw new FieldRuleException("category", "office.error.categoryFixed");
        }
        Optional<ImmigrationOffice> parentOffice = agency.getParent() == null ? Optional.empty()
                : offices.findById(agency.getParent().getId());
        if (office.get().getKind().belongsToKanwil()
                && parentOffice.map(p -> p.getKind() != OfficeKind.KANWIL).orElse(true)) {
            throw new FieldRuleException("parent", "office.error.kanwilRequired");
        }
        if (!office.get().getKind().belongsToKanwil() && parentOffice.isPresent()) {
            throw new FieldRuleException("parent", "office.error.kanwilUnderOffice");
        }
    }
}
