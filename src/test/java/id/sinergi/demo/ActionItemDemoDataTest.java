package id.sinergi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.EvidenceStore;
import id.sinergi.action.ExtensionDecision;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdate;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.dashboard.MonthTrend;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingRow;
import id.sinergi.meeting.MeetingService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo action plans tell a coherent story: overdue, done, carried over, a pending extension with a real PDF. */
@SinergiSpringTest
class ActionItemDemoDataTest {

    @Autowired
    ActionItemService items;
    @Autowired
    ProgressService progress;
    @Autowired
    EvidenceStore evidence;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;
    @Autowired
    DashboardService dashboard;

    @BeforeEach
    void login() {
        var user = users.loadUserByUsername("pimpinan");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private ActionItem item(String activity) {
        return items.get(items.list(ActionItemFilter.ALL.withText(activity), PageRequest.of(0, 1)).getFirst().getId());
    }

    @Test
    void the_rakor_of_serang_has_a_numbered_plan_with_overdue_done_and_carried_items() {
        var rakor = meetings.list(MeetingFilter.ALL.withText(ActionItemDemoData.RAKOR), PageRequest.of(0, 5)).stream()
                .map(MeetingRow::meeting).filter(m -> m.getPrevious() == null).findFirst().orElseThrow();
        List<ActionItem> plan = items.planOf(rakor.getId());
        assertThat(plan).extracting(ActionItem::getNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan).anyMatch(i -> i.isOverdueOn(ActionItemService.today()));
        ActionItem passports = item(ActionItemDemoData.PASSPORTS);
        assertThat(passports.getStatus()).isEqualTo(ActionItemStatus.DONE);
        assertThat(progress.updatesOf(passports.getId())).hasSize(2);
        assertThat(items.count(ActionItemFilter.ofMeeting(rakor.getId()))).isEqualTo(6);
        assertThat(plan).filteredOn(i -> i.getCarriedToMeetingId() != null).singleElement()
                .satisfies(i -> assertThat(i.getActivity()).startsWith("Pendataan calon PMI"));
    }

    @Test
    void a_year_of_evaluation_meetings_gives_the_dashboards_trend_items_due_and_done_month_by_month() {
        var banten = DashboardFilter.yearOf(DashboardService.today()).withProvince("36");
        List<MonthTrend> trend = dashboard.dashboard(banten).trend();
        assertThat(trend).filteredOn(month -> month.done() > 0).hasSizeGreaterThanOrEqualTo(5);
        assertThat(trend).filteredOn(month -> month.due() > 0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(trend.stream().mapToLong(MonthTrend::done).sum())
                .isLessThan(trend.stream().mapToLong(MonthTrend::due).sum());
    }

    @Test
    void the_tanara_item_waits_for_an_extension_decision_with_a_pdf_attendance_list() {
        ActionItem tanara = item(ActionItemDemoData.TANARA);
        assertThat(tanara.getResponsibleAgency().getAbbreviation()).isEqualTo("Disnakertrans Kab. Serang");
        assertThat(tanara.getSupportingAgencies()).extracting(a -> a.getAbbreviation())
                .containsExactlyInAnyOrder("Kanim Serang", "BP3MI Banten");
        ProgressUpdate update = progress.pendingExtension(tanara.getId()).orElseThrow();
        assertThat(update.getExtensionDecision()).isEqualTo(ExtensionDecision.PENDING);
        assertThat(update.getAuthorName()).isEqualTo("Agus Setiawan");
        var file = evidence.filesOf(List.of(update)).get(update.getId()).getFirst();
        assertThat(new String(evidence.download(file.getId()).content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(progress.commentsOf(tanara.getId())).singleElement()
                .satisfies(c -> assertThat(c.getAuthorAgency()).isEqualTo("Kanim Serang"));
    }

    @Test
    void the_timpora_of_sambas_watches_the_aruk_border_crossing() {
        ActionItem aruk = item(ActionItemDemoData.ARUK);
        assertThat(aruk.getResponsibleAgency().getAbbreviation()).isEqualTo("Kanim Sambas");
        assertThat(aruk.getStatus()).isEqualTo(ActionItemStatus.IN_PROGRESS);
        assertThat(aruk.getRegionCode()).isEqualTo("61.01.09");
    }
}
