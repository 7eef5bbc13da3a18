package id.sinergi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.dashboard.DashboardFixture.Area;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Figures against known data: each test fills a province of its own and reads the dashboard filtered to it. */
@SinergiSpringTest
class DashboardServiceTest {

    private static final LocalDate TODAY = DashboardService.today();

    @Autowired
    DashboardService service;
    @Autowired
    DashboardFixture fixture;
    @Autowired
    ActionItemFixture logins;
    @Autowired
    ActionItemService actionItems;

    @AfterEach
    void logout() {
        logins.logout();
    }

    private static DashboardFilter around(Area area) {
        return new DashboardFilter(TODAY.minusDays(120), TODAY.plusDays(120), area.province());
    }

    @Test
    void each_item_counts_once_in_one_status_overdue_apart_and_a_carried_over_item_once() {
        Area area = fixture.area("12", "Sumatera Utara");
        long first = fixture.meeting(area.kanwil(), TODAY.minusDays(60).atTime(9, 0), "FINAL");
        long followUp = fixture.meeting(area.kanwil(), TODAY.minusDays(30).atTime(9, 0), "HELD");
        fixture.meeting(area.kanwil(), TODAY.plusDays(5).atTime(9, 0), "SCHEDULED");
        fixture.item(first, null, area.dinas(), "DONE", TODAY.minusDays(40), TODAY.minusDays(35));
        fixture.item(first, null, area.dinas(), "IN_PROGRESS", TODAY.plusDays(30), null);
        fixture.item(followUp, null, area.dinas(), "NOT_STARTED", TODAY.plusDays(20), null);
        fixture.item(first, followUp, area.dinas(), "IN_PROGRESS", TODAY.minusDays(10), null); // carried over, late
        fixture.item(followUp, null, area.dinas(), "NOT_STARTED", TODAY.minusDays(20), null);
        fixture.item(first, null, area.dinas(), "CANCELLED", TODAY.minusDays(5), null);
        fixture.item(first, null, area.kanimA(), "DONE", TODAY.minusDays(50), TODAY.minusDays(50));
        fixture.item(first, null, area.kanimA(), "NOT_STARTED", TODAY.minusDays(400), null); // outside the period
        logins.loginAs("pimpinan");

        Dashboard dashboard = service.dashboard(around(area));

        StatusCounts items = dashboard.headline().items();
        assertThat(items).isEqualTo(new StatusCounts(2, 1, 1, 2, 1));
        assertThat(items.total()).isEqualTo(6);
        assertThat(items.percentDone()).isEqualTo(33);
        assertThat(dashboard.headline().meetingsHeld()).isEqualTo(2);
        assertThat(dashboard.agencies()).extracting(AgencyProgress::agencyId).containsExactly(area.dinas(), area.kanimA());
        assertThat(dashboard.agencies().getFirst().counts()).isEqualTo(new StatusCounts(1, 1, 1, 2, 1));
        assertThat(dashboard.agencies().get(1).counts()).isEqualTo(new StatusCounts(1, 0, 0, 0, 0));
    }

    @Test
    void most_overdue_first_with_days_late_and_what_is_due_or_planned_in_the_next_fourteen_days() {
        Area area = fixture.area("13", "Sumatera Barat");
        long meeting = fixture.meeting(area.kanwil(), TODAY.minusDays(90).atTime(9, 0), "FINAL");
        long late3 = fixture.item(meeting, null, area.dinas(), "IN_PROGRESS", TODAY.minusDays(3), null);
        long late30 = fixture.item(meeting, null, area.kanimA(), "NOT_STARTED", TODAY.minusDays(30), null);
        long late10 = fixture.item(meeting, null, area.dinas(), "NOT_STARTED", TODAY.minusDays(10), null);
        fixture.item(meeting, null, area.dinas(), "DONE", TODAY.minusDays(40), TODAY.minusDays(41));
        long dueToday = fixture.item(meeting, null, area.kanimB(), "NOT_STARTED", TODAY, null);
        long dueIn14 = fixture.item(meeting, null, area.dinas(), "IN_PROGRESS", TODAY.plusDays(14), null);
        fixture.item(meeting, null, area.dinas(), "IN_PROGRESS", TODAY.plusDays(15), null);
        fixture.item(meeting, null, area.dinas(), "DONE", TODAY.plusDays(2), TODAY);
        long soon = fixture.meeting(area.kanwil(), TODAY.plusDays(2).atTime(10, 0), "SCHEDULED");
        fixture.meeting(area.kanwil(), TODAY.plusDays(20).atTime(10, 0), "SCHEDULED");
        logins.loginAs("koordinator");

        Dashboard dashboard = service.dashboard(around(area));

        assertThat(dashboard.mostOverdue()).extracting(ItemDue::id).containsExactly(late30, late10, late3);
        assertThat(dashboard.mostOverdue()).extracting(i -> i.daysLate(dashboard.today())).containsExactly(30L, 10L, 3L);
        assertThat(dashboard.dueSoon()).extracting(ItemDue::id).containsExactly(dueToday, dueIn14);
        assertThat(dashboard.upcomingMeetings()).extracting(UpcomingMeeting::id).containsExactly(soon);
    }

    @Test
    void the_trend_counts_items_due_and_items_done_per_month_over_the_last_twelve_months() {
        Area area = fixture.area("14", "Riau");
        long meeting = fixture.meeting(area.kanwil(), TODAY.minusMonths(14).atTime(9, 0), "FINAL");
        YearMonth thisMonth = YearMonth.from(TODAY);
        fixture.item(meeting, null, area.dinas(), "DONE", thisMonth.atDay(1), thisMonth.atDay(1));
        fixture.item(meeting, null, area.dinas(), "IN_PROGRESS", thisMonth.atEndOfMonth(), null);
        fixture.item(meeting, null, area.dinas(), "CANCELLED", thisMonth.atDay(1), null);
        fixture.item(meeting, null, area.kanimA(), "DONE", thisMonth.minusMonths(3).atDay(10),
                thisMonth.minusMonths(2).atDay(5));
        fixture.item(meeting, null, area.kanimA(), "DONE", thisMonth.minusMonths(12).atDay(10),
                thisMonth.minusMonths(12).atDay(10));
        logins.loginAs("admin");

        var trend = service.dashboard(around(area)).trend();

        assertThat(trend).hasSize(12);
        assertThat(trend.getFirst().month()).isEqualTo(thisMonth.minusMonths(11));
        assertThat(trend.getLast()).isEqualTo(new MonthTrend(thisMonth, 2, 1));
        assertThat(trend.get(8)).isEqualTo(new MonthTrend(thisMonth.minusMonths(3), 1, 0));
        assertThat(trend.get(9)).isEqualTo(new MonthTrend(thisMonth.minusMonths(2), 0, 1));
        assertThat(trend.stream().mapToLong(MonthTrend::due).sum()).isEqualTo(3);
        assertThat(trend.stream().mapToLong(MonthTrend::done).sum()).isEqualTo(2);
    }

    @Test
    void desa_binaan_per_office_and_an_office_without_activity_this_quarter_stands_out() {
        Area area = fixture.area("15", "Jambi");
        long villageA = fixture.village(area.kanimA(), area.villageA());
        long villageB = fixture.village(area.kanimB(), area.villageB());
        var quarter = id.sinergi.desabinaan.Quarter.of(TODAY);
        fixture.activity(villageA, TODAY, 10, 12);
        fixture.activity(villageA, quarter.start(), 3, 0);
        fixture.activity(villageB, quarter.previous().start(), 5, 5);
        logins.loginAs("pimpinan");

        Dashboard dashboard = service.dashboard(around(area));

        assertThat(dashboard.headline().villagesFostered()).isEqualTo(2);
        assertThat(dashboard.headline().activitiesThisQuarter()).isEqualTo(2);
        assertThat(dashboard.headline().participantsThisQuarter()).isEqualTo(25);
        assertThat(dashboard.villages()).extracting(OfficeVillages::officeId, OfficeVillages::kanwilId,
                        OfficeVillages::villages, OfficeVillages::activitiesThisQuarter,
                        OfficeVillages::participantsThisQuarter, OfficeVillages::activitiesLastQuarter,
                        OfficeVillages::inactiveThisQuarter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(area.kanimA(), area.kanwil(), 1L, 2L, 25L, 0L, false),
                        org.assertj.core.groups.Tuple.tuple(area.kanimB(), area.kanwil(), 1L, 0L, 0L, 1L, true));
    }

    @Test
    void the_filter_offers_each_kanwil_with_its_province() {
        Area area = fixture.area("16", "Sumatera Selatan");
        logins.loginAs("pimpinan");

        assertThat(service.kanwilAreas()).anySatisfy(k -> {
            assertThat(k.provinceCode()).isEqualTo(area.province());
            assertThat(k.provinceName()).isNotBlank();
            assertThat(k.kanwilAbbreviation()).startsWith("Kanwil Imigrasi Sumatera Selatan");
        });
    }

    @Test
    void a_liaison_gets_their_own_agencys_figures_but_not_the_dashboard() {
        logins.loginAs("penghubung.disnaker");

        AgencyProgress ours = service.ourAgency().orElseThrow();

        assertThat(ours.abbreviation()).isEqualTo("Disnakertrans Kab. Serang");
        assertThat(ours.counts().total() + ours.counts().cancelled()).isEqualTo(actionItems.countOurs());
        assertThatThrownBy(() -> service.dashboard(DashboardFilter.yearOf(TODAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_province_filter_that_is_not_a_province_code_is_refused() {
        logins.loginAs("pimpinan");
        assertThatThrownBy(() -> service.dashboard(DashboardFilter.yearOf(TODAY).withProvince("36' or 1=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
