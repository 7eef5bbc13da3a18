package id.sinergi.desabinaan;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOffice;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.springframework.stereotype.Component;

/** The checks an assignment passes before it is saved; each refusal names the field it belongs to. */
@Component
class AssignmentRules {

    private final RegionService regions;
    private final AgencyService agencies;
    private final ImmigrationOfficeService offices;
    private final OfficerService officers;
    private final DesaBinaanRepository assignments;

    AssignmentRules(RegionService regions, AgencyService agencies, ImmigrationOfficeService offices,
                    OfficerService officers, DesaBinaanRepository assignments) {
        this.regions = regions;
        this.agencies = agencies;
        this.offices = offices;
        this.officers = officers;
        this.assignments = assignments;
    }

    /** A checked copy of what the draft asks for: the stored office and Pimpasa, never the caller's objects. */
    record Checked(Region village, Agency office, List<Officer> pimpasa) {
    }

    Checked check(DesaBinaan draft, boolean outsideAreaConfirmed) {
        Region village = regions.findByCode(draft.getVillageCode())
                .filter(r -> r.getLevel() != null && r.getLevel().isVillage())
                .orElseThrow(() -> new FieldRuleException("villageCode", "desabinaan.error.notVillage"));
        if (draft.getProgram() == null) {
            throw new FieldRuleException("program", "validation.required");
        }
        Agency office = draft.getOffice() == null ? null : agencies.findById(draft.getOffice().getId()).orElse(null);
        if (office == null) {
            throw new FieldRuleException("office", "validation.required");
        }
        ImmigrationOffice immigrationOffice = offices.findByAgencyId(office.getId()).orElse(null);
        if (draft.getProgram().needsImmigrationOffice()
                && (immigrationOffice == null || !immigrationOffice.getKind().belongsToKanwil())) {
            throw new FieldRuleException("office", "desabinaan.error.notImmigrationOffice", office.getAbbreviation());
        }
        if (draft.getRiskLevel() == null) {
            throw new FieldRuleException("riskLevel", "validation.required");
        }
        if (draft.getStatus() == null || !draft.getStatus().isOpen()) {
            throw new FieldRuleException("status", "desabinaan.error.statusOpen");
        }
        checkDecree(draft);
        checkLength(draft.getReasonNote(), DesaBinaan.REASON_NOTE_MAX_LENGTH, "reasonNote");
        List<Officer> pimpasa = checkedPimpasa(draft, office);
        long exceptId = draft.getId() == null ? -1 : draft.getId();
        if (assignments.countOpen(village.getCode(), draft.getProgram(), exceptId) > 0) {
            throw new FieldRuleException("villageCode", "desabinaan.error.duplicate", village.getName());
        }
        if (!outsideAreaConfirmed && immigrationOffice != null
                && outside(immigrationOffice.getWorkingArea(), village.getCode())) {
            throw new OutsideWorkingAreaException(village.getName(), office.getAbbreviation());
        }
        return new Checked(village, office, pimpasa);
    }

    /** True when the office is an immigration office with a working area that does not hold the village's regency. */
    boolean outsideWorkingArea(String villageCode, long officeId) {
        return offices.findByAgencyId(officeId).map(o -> outside(o.getWorkingArea(), villageCode)).orElse(false);
    }

    private static boolean outside(SortedSet<String> area, String villageCode) {
        return !area.isEmpty() && !area.contains(villageCode.substring(0, 5));
    }

    private void checkDecree(DesaBinaan draft) {
        checkLength(draft.getSkNumber(), DesaBinaan.SK_NUMBER_MAX_LENGTH, "skNumber");
        if (draft.getStatus() == AssignmentStatus.ACTIVE) {
            if (draft.getSkNumber() == null) {
                throw new FieldRuleException("skNumber", "desabinaan.error.skRequired");
            }
            if (draft.getSkDate() == null) {
                throw new FieldRuleException("skDate", "desabinaan.error.skRequired");
            }
        }
        LocalDate today = LocalDate.now();
        if (draft.getSkDate() != null && draft.getSkDate().isAfter(today)) {
            throw new FieldRuleException("skDate", "desabinaan.error.skDateFuture");
        }
        if (draft.getInaugurationDate() != null && draft.getSkDate() != null
                && draft.getInaugurationDate().isBefore(draft.getSkDate())) {
            throw new FieldRuleException("inaugurationDate", "desabinaan.error.inaugurationBeforeSk");
        }
    }

    private List<Officer> checkedPimpasa(DesaBinaan draft, Agency office) {
        if (draft.getPimpasa().isEmpty()) {
            throw new FieldRuleException("pimpasa", "desabinaan.error.pimpasaRequired");
        }
        // an officer appointed before may stay after being deactivated; a new appointment needs an active officer
        java.util.Set<Long> appointed = draft.getId() == null ? java.util.Set.of() : assignments.findById(draft.getId())
                .map(stored -> stored.getPimpasa().stream().map(Officer::getId).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
        List<Officer> checked = new ArrayList<>();
        for (Officer given : draft.getPimpasa()) {
            Officer officer = officers.findById(given.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
            if (!officer.getAgency().getId().equals(office.getId())) {
                throw new FieldRuleException("pimpasa", "desabinaan.error.pimpasaNotOfOffice", officer.getName(),
                        office.getAbbreviation());
            }
            if (!officer.isActive() && !appointed.contains(officer.getId())) {
                throw new FieldRuleException("pimpasa", "desabinaan.error.pimpasaInactive", officer.getName());
            }
            checked.add(officer);
        }
        return checked;
    }

    static void checkLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new FieldRuleException(field, "desabinaan.error.tooLong", max);
        }
    }
}
