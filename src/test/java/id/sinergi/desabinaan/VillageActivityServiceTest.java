package id.sinergi.desabinaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.OfficerService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.FieldRuleException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SinergiSpringTest
class VillageActivityServiceTest {

    @Autowired
    VillageActivityService service;
    @Autowired
    DesaBinaanService assignments;
    @Autowired
    AgencyService agencyService;
    @Autowired
    OfficerService officerService;
    @Autowired
    AuditService audit;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void tearDown() {
        fixtures.logout();
    }

    private static VillageActivity activity(DesaBinaan assignment, LocalDate date, ActivityKind kind, int male,
                                            int female) {
        return new VillageActivity(assignment, date, kind, "Sosialisasi uji", male, female);
    }

    /** An assignment of Kanim Serang, the office of the demo liaison penghubung.imigrasi. */
    private DesaBinaan kanimSerangAssignment() {
        var serang = agencyService.findByAbbreviation("Kanim Serang").orElseThrow();
        DesaBinaan draft = new DesaBinaan(fixtures.village().getCode(), serang, Program.OTHER);
        draft.setRiskLevel(RiskLevel.LOW);
        draft.setStatus(AssignmentStatus.PROPOSED);
        draft.setPimpasa(List.of(officerService.officersOf(serang.getId()).getFirst()));
        return assignments.createBySystem(draft);
    }

    @Test
    void quarterly_totals_per_office_and_kanwil_add_up_the_activities_of_that_quarter_only() {
        Fixtures.TestOffice office = fixtures.office();
        DesaBinaan first = fixtures.assignment(office);
        DesaBinaan second = fixtures.assignment(office);
        Quarter quarter = Quarter.current();
        LocalDate inQuarter = quarter.start();
        LocalDate lastQuarter = quarter.previous().start().plusDays(10);
        fixtures.loginAs("koordinator");
        service.save(activity(first, inQuarter, ActivityKind.SOSIALISASI_PENYULUHAN, 10, 15));
        service.save(activity(second, inQuarter, ActivityKind.EARLY_WARNING, 0, 0));
        service.save(activity(second, inQuarter, ActivityKind.VISIT, 3, 4));
        service.save(activity(first, lastQuarter, ActivityKind.EARLY_WARNING, 7, 1));

        ActivityTotals now = service.totalsPerOffice(quarter).stream()
                .filter(t -> t.agencyId().equals(office.office().getId())).findFirst().orElseThrow();
        assertThat(now).isEqualTo(new ActivityTotals(office.office().getId(), office.office().getAbbreviation(),
                3, 13, 19, 1));
        assertThat(now.participants()).isEqualTo(32);
        ActivityTotals kanwil = service.totalsPerKanwil(quarter).stream()
                .filter(t -> t.agencyId().equals(office.kanwil().getId())).findFirst().orElseThrow();
        assertThat(kanwil).isEqualTo(new ActivityTotals(office.kanwil().getId(), office.kanwil().getAbbreviation(),
                3, 13, 19, 1));
        ActivityTotals before = service.totalsPerOffice(quarter.previous()).stream()
                .filter(t -> t.agencyId().equals(office.office().getId())).findFirst().orElseThrow();
        assertThat(before.activities()).isEqualTo(1);
        assertThat(before.earlyWarnings()).isEqualTo(1);
        assertThat(assignments.roster(new RosterFilter(null, office.office().getId(), null, null, null, null, null)))
                .extracting(RosterRow::activitiesThisQuarter).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void negative_or_absurd_participant_counts_and_future_dates_are_refused_and_nothing_is_saved() {
        DesaBinaan assignment = fixtures.assignment(fixtures.office());
        fixtures.loginAs("koordinator");
        assertThatThrownBy(() -> service.save(activity(assignment, LocalDate.now(), ActivityKind.VISIT, -1, 5)))
                .isInstanceOfSatisfying(FieldRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("participantsMale");
                    assertThat(e.messageKey()).isEqualTo("villageActivity.error.participantsNegative");
                });
        assertThatThrownBy(() -> service.save(activity(assignment, LocalDate.now(), ActivityKind.VISIT, 1, 20_000)))
                .isInstanceOfSatisfying(FieldRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("participantsFemale"));
        assertThatThrownBy(() -> service.save(activity(assignment, LocalDate.now().plusDays(1), ActivityKind.VISIT, 1, 1)))
                .isInstanceOfSatisfying(FieldRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("villageActivity.error.dateFuture"));
        assertThat(service.activitiesOf(assignment.getId())).isEmpty();
    }

    @Test
    void the_liaison_of_the_office_logs_activities_of_its_villages_and_the_change_is_audited() {
        DesaBinaan assignment = kanimSerangAssignment();
        fixtures.loginAs("penghubung.imigrasi");
        VillageActivity saved = service.save(activity(assignment, LocalDate.now(), ActivityKind.COORDINATION, 2, 3));
        saved.setTopic("Koordinasi dengan kepala desa");
        service.save(saved);
        assertThat(service.activitiesOf(assignment.getId())).singleElement()
                .satisfies(a -> assertThat(a.getTopic()).isEqualTo("Koordinasi dengan kepala desa"));
        assertThat(audit.history("VillageActivity", saved.getId())).extracting(e -> e.getAction())
                .containsExactly("VILLAGE_ACTIVITY_CREATE", "VILLAGE_ACTIVITY_UPDATE");
    }

    @Test
    void a_crafted_call_for_another_offices_village_is_refused_for_liaisons_and_leadership() {
        DesaBinaan otherOffice = fixtures.assignment(fixtures.office());
        for (String user : List.of("penghubung.imigrasi", "penghubung.disnaker", "pimpinan")) {
            fixtures.loginAs(user);
            assertThatThrownBy(() -> service.save(activity(otherOffice, LocalDate.now(), ActivityKind.VISIT, 1, 1)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(service.activitiesOf(otherOffice.getId())).isEmpty();
    }

    @Test
    void a_liaison_cannot_move_another_offices_activity_into_its_own_village() {
        DesaBinaan own = kanimSerangAssignment();
        DesaBinaan foreign = fixtures.assignment(fixtures.office());
        fixtures.loginAs("koordinator");
        VillageActivity theirs = service.save(activity(foreign, LocalDate.now(), ActivityKind.VISIT, 1, 1));
        fixtures.loginAs("penghubung.imigrasi");
        VillageActivity crafted = VillageActivity.blank(own);
        org.springframework.test.util.ReflectionTestUtils.setField(crafted, "id", theirs.getId());
        crafted.setDate(LocalDate.now());
        crafted.setKind(ActivityKind.VISIT);
        crafted.setTopic("Dipindahkan");
        assertThatThrownBy(() -> service.save(crafted)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.activitiesOf(foreign.getId())).singleElement()
                .satisfies(a -> assertThat(a.getTopic()).isEqualTo("Sosialisasi uji"));
    }

    @Test
    void a_second_save_of_the_same_activity_version_is_refused() {
        DesaBinaan assignment = fixtures.assignment(fixtures.office());
        fixtures.loginAs("admin");
        VillageActivity saved = service.save(activity(assignment, LocalDate.now(), ActivityKind.VISIT, 1, 1));
        VillageActivity first = service.activitiesOf(assignment.getId()).getFirst();
        VillageActivity second = service.activitiesOf(assignment.getId()).getFirst();
        first.setParticipantsMale(5);
        service.save(first);
        second.setParticipantsMale(9);
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.activitiesOf(assignment.getId()).getFirst().getParticipantsMale()).isEqualTo(5);
        assertThat(saved.getId()).isEqualTo(first.getId());
    }

    @Test
    void a_follow_up_naming_an_action_item_that_does_not_exist_is_refused() {
        DesaBinaan assignment = fixtures.assignment(fixtures.office());
        fixtures.loginAs("koordinator");
        VillageActivity activity = activity(assignment, LocalDate.now(), ActivityKind.COORDINATION, 1, 1);
        activity.setActionItemId(Long.MAX_VALUE);
        assertThatThrownBy(() -> service.save(activity)).isInstanceOfSatisfying(FieldRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("actionItemId");
            assertThat(e.messageKey()).isEqualTo("villageActivity.error.actionItemNotFound");
        });
        assertThat(service.activitiesOf(assignment.getId())).isEmpty();
    }

    @Test
    void an_activity_logged_by_mistake_is_removed_by_who_manages_it_only_at_the_version_they_saw_and_audited() {
        DesaBinaan foreign = fixtures.assignment(fixtures.office());
        fixtures.loginAs("koordinator");
        VillageActivity logged = service.save(activity(foreign, LocalDate.now(), ActivityKind.VISIT, 3, 4));
        for (String user : List.of("penghubung.imigrasi", "pimpinan")) {
            fixtures.loginAs(user);
            assertThatThrownBy(() -> service.remove(logged.getId(), logged.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixtures.loginAs("koordinator");
        assertThatThrownBy(() -> service.remove(logged.getId(), logged.getVersion() + 1))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(service.activitiesOf(foreign.getId())).hasSize(1);

        service.remove(logged.getId(), logged.getVersion());
        assertThat(service.activitiesOf(foreign.getId())).isEmpty();
        assertThat(audit.history("VillageActivity", logged.getId())).extracting(e -> e.getAction())
                .containsExactly("VILLAGE_ACTIVITY_CREATE", "VILLAGE_ACTIVITY_DELETE");
    }
}
