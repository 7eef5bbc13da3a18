package id.sinergi.desabinaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.FieldRuleException;
import id.sinergi.region.Region;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SinergiSpringTest
class DesaBinaanServiceTest {

    @Autowired
    DesaBinaanService service;
    @Autowired
    AgencyService agencyService;
    @Autowired
    OfficerService officerService;
    @Autowired
    AuditService audit;
    @Autowired
    Fixtures fixtures;

    private Fixtures.TestOffice office;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
        fixtures.loginAs("koordinator");
    }

    @AfterEach
    void tearDown() {
        fixtures.logout();
    }

    private long countAssignmentsOf(Fixtures.TestOffice testOffice) {
        return service.roster(new RosterFilter(null, testOffice.office().getId(), null, null, null, null, null)).size();
    }

    private void assertRefused(ThrowingCallable call, String field, String key) {
        long before = countAssignmentsOf(office);
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldRuleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
        assertThat(countAssignmentsOf(office)).isEqualTo(before);
    }

    @Test
    void a_coordinator_assigns_a_village_with_pimpasa_and_the_change_is_audited() {
        Region village = fixtures.village();
        DesaBinaan draft = fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI);
        draft.setPimpasa(office.officers());
        DesaBinaan saved = service.save(draft, false);

        DesaBinaan stored = service.findById(saved.getId()).orElseThrow();
        assertThat(stored.getVillageCode()).isEqualTo(village.getCode());
        assertThat(stored.getPimpasa()).containsExactlyInAnyOrderElementsOf(office.officers());
        assertThat(audit.history("DesaBinaan", saved.getId())).singleElement()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("DESA_BINAAN_CREATE"));
    }

    @Test
    void a_region_that_is_not_a_village_is_refused() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setVillageCode("36.04.12");
        assertRefused(() -> service.save(draft, true), "villageCode", "desabinaan.error.notVillage");
    }

    @Test
    void a_village_is_fostered_only_once_per_program_but_may_be_in_another_program() {
        Region village = fixtures.village();
        service.save(fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI), false);
        assertRefused(() -> service.save(fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI), false),
                "villageCode", "desabinaan.error.duplicate");
        DesaBinaan other = service.save(fixtures.draft(village, office, Program.OTHER), false);
        assertThat(other.getId()).isNotNull();
    }

    @Test
    void after_an_assignment_ended_the_village_may_be_assigned_again_and_the_history_stays() {
        Region village = fixtures.village();
        DesaBinaan first = service.save(fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI), false);
        DesaBinaan ended = service.end(first.getId(), first.getVersion(), LocalDate.now(), "Dialihkan");
        assertThat(ended.getStatus()).isEqualTo(AssignmentStatus.ENDED);
        service.save(fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI), false);
        assertThat(service.roster(new RosterFilter(null, office.office().getId(), null, null, null, null, null)))
                .extracting(r -> r.assignment().getStatus())
                .containsExactlyInAnyOrder(AssignmentStatus.ENDED, AssignmentStatus.ACTIVE);
    }

    @Test
    void a_decree_date_in_the_future_is_refused() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setSkDate(LocalDate.now().plusDays(1));
        assertRefused(() -> service.save(draft, false), "skDate", "desabinaan.error.skDateFuture");
    }

    @Test
    void an_active_assignment_needs_a_decree_but_a_proposed_one_does_not() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setSkNumber(null);
        assertRefused(() -> service.save(draft, false), "skNumber", "desabinaan.error.skRequired");
        draft.setStatus(AssignmentStatus.PROPOSED);
        assertThat(service.save(draft, false).getStatus()).isEqualTo(AssignmentStatus.PROPOSED);
    }

    @Test
    void an_office_that_is_not_an_immigration_office_is_refused_for_the_imigrasi_program_only() {
        var bp3mi = agencyService.findByAbbreviation("BP3MI Banten").orElseThrow();
        Officer staff = officerService.officersOf(bp3mi.getId()).getFirst();
        DesaBinaan draft = new DesaBinaan(fixtures.village().getCode(), bp3mi, Program.DESA_BINAAN_IMIGRASI);
        draft.setRiskLevel(RiskLevel.HIGH);
        draft.setStatus(AssignmentStatus.PROPOSED);
        draft.setPimpasa(List.of(staff));
        assertRefused(() -> service.save(draft, false), "office", "desabinaan.error.notImmigrationOffice");
        draft.setProgram(Program.DESA_MIGRAN_EMAS);
        assertThat(service.save(draft, false).getOffice()).isEqualTo(bp3mi);
    }

    @Test
    void a_kanwil_does_not_foster_villages_itself() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setOffice(office.kanwil());
        assertRefused(() -> service.save(draft, false), "office", "desabinaan.error.notImmigrationOffice");
    }

    @Test
    void an_assignment_without_pimpasa_is_refused() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setPimpasa(List.of());
        assertRefused(() -> service.save(draft, false), "pimpasa", "desabinaan.error.pimpasaRequired");
    }

    @Test
    void a_pimpasa_from_another_office_is_refused() {
        Fixtures.TestOffice other = fixtures.office();
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setPimpasa(List.of(office.officers().getFirst(), other.officers().getFirst()));
        assertRefused(() -> service.save(draft, false), "pimpasa", "desabinaan.error.pimpasaNotOfOffice");
    }

    @Test
    void a_village_outside_the_working_area_is_warned_about_and_saved_once_confirmed() {
        Region sambasVillage = fixtures.village("61.01.08");
        DesaBinaan draft = fixtures.draft(sambasVillage, office, Program.DESA_BINAAN_IMIGRASI);
        assertThat(service.outsideWorkingArea(sambasVillage.getCode(), office.office().getId())).isTrue();
        long before = countAssignmentsOf(office);
        assertThatThrownBy(() -> service.save(draft, false)).isInstanceOf(OutsideWorkingAreaException.class);
        assertThat(countAssignmentsOf(office)).isEqualTo(before);
        assertThat(service.save(draft, true).getVillageCode()).isEqualTo(sambasVillage.getCode());
    }

    @Test
    void a_second_save_of_the_same_version_is_refused() {
        DesaBinaan saved = service.save(fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI), false);
        DesaBinaan first = service.findById(saved.getId()).orElseThrow();
        DesaBinaan second = service.findById(saved.getId()).orElseThrow();
        first.setRiskLevel(RiskLevel.HIGH);
        service.save(first, false);
        second.setRiskLevel(RiskLevel.LOW);
        assertThatThrownBy(() -> service.save(second, false)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.findById(saved.getId()).orElseThrow().getRiskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void an_ended_assignment_cannot_be_edited_and_an_end_date_in_the_future_is_refused() {
        DesaBinaan saved = service.save(fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI), false);
        assertThatThrownBy(() -> service.end(saved.getId(), saved.getVersion(), LocalDate.now().plusDays(2), "x"))
                .isInstanceOfSatisfying(FieldRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("desabinaan.error.endDateFuture"));
        DesaBinaan ended = service.end(saved.getId(), saved.getVersion(), LocalDate.now(), "Selesai");
        assertThat(audit.history("DesaBinaan", saved.getId())).extracting(e -> e.getAction())
                .containsExactly("DESA_BINAAN_CREATE", "DESA_BINAAN_END");
        ended.setRiskLevel(RiskLevel.HIGH);
        assertThatThrownBy(() -> service.save(ended, false)).isInstanceOfSatisfying(
                id.sinergi.base.BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("desabinaan.error.ended"));
    }

    @Test
    void liaisons_and_leadership_cannot_change_assignments() {
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        for (String user : List.of("penghubung.imigrasi", "pimpinan")) {
            fixtures.loginAs(user);
            assertThatThrownBy(() -> service.save(draft, false)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(countAssignmentsOf(office)).isZero();
    }

    @Test
    void the_roster_counts_a_village_once_per_program_and_once_in_the_total() {
        Region village = fixtures.village();
        service.save(fixtures.draft(village, office, Program.DESA_BINAAN_IMIGRASI), false);
        service.save(fixtures.draft(village, office, Program.OTHER), false);
        service.save(fixtures.draft(fixtures.village(), office, Program.OTHER), false);
        RosterTotals totals = service.totals(new RosterFilter(office.kanwil().getId(), null, null, null, null, null, null));
        assertThat(totals.villages()).isEqualTo(2);
        assertThat(totals.villagesIn(Program.DESA_BINAAN_IMIGRASI)).isEqualTo(1);
        assertThat(totals.villagesIn(Program.OTHER)).isEqualTo(2);
    }

    @Test
    void the_demo_roster_has_tanara_in_two_programs_and_an_ended_and_a_proposed_assignment() {
        List<RosterRow> tanara = service.roster(new RosterFilter(null, null, null, null, "36.04", null, "tanara"));
        assertThat(tanara).filteredOn(r -> r.assignment().getVillageCode().equals("36.04.14.2001"))
                .extracting(r -> r.assignment().getProgram())
                .contains(Program.DESA_BINAAN_IMIGRASI, Program.DESA_MIGRAN_EMAS);
        assertThat(service.roster(new RosterFilter(null, null, null, AssignmentStatus.ENDED, "61.01", null, null)))
                .extracting(RosterRow::villageName).contains("Santaban");
        assertThat(service.roster(new RosterFilter(null, null, null, AssignmentStatus.PROPOSED, null, null, "pontang")))
                .extracting(RosterRow::villageName, RosterRow::districtName, RosterRow::regencyName)
                .contains(org.assertj.core.groups.Tuple.tuple("Pontang", "Pontang", "Kabupaten Serang"));
    }

    @Test
    void an_inactive_officer_cannot_be_appointed_pimpasa_but_one_appointed_before_may_stay() {
        Officer first = office.officers().getFirst();
        Officer second = office.officers().get(1);
        DesaBinaan draft = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        draft.setPimpasa(List.of(first));
        DesaBinaan saved = service.save(draft, false);

        Officer stored = officerService.findById(second.getId()).orElseThrow();
        stored.setActive(false);
        officerService.save(stored);
        DesaBinaan another = fixtures.draft(fixtures.village(), office, Program.DESA_BINAAN_IMIGRASI);
        another.setPimpasa(List.of(first, second));
        assertRefused(() -> service.save(another, false), "pimpasa", "desabinaan.error.pimpasaInactive");

        Officer firstStored = officerService.findById(first.getId()).orElseThrow();
        firstStored.setActive(false);
        officerService.save(firstStored);
        DesaBinaan edited = service.findById(saved.getId()).orElseThrow();
        edited.setSkNumber("SK-LANJUT/2025");
        assertThat(service.save(edited, false).getPimpasa()).extracting(Officer::getId).containsExactly(first.getId());
    }
}
