package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The report rows (plain SQL over JDBC) hold exactly the items the list (JPA criteria) shows for the same filter, in
 * the report's orders, with supporting agencies and the latest progress update as the item pages show them.
 */
@SinergiSpringTest
class ActionItemReportServiceTest {

    @Autowired
    ActionItemReportService reports;
    @Autowired
    ActionItemService service;
    @Autowired
    ProgressService progress;
    @Autowired
    ActionItemFixture fixture;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    private List<Long> reportIds(ActionItemFilter filter, ItemOrder order) {
        List<Long> ids = new ArrayList<>();
        reports.forEach(filter, null, order, false, row -> ids.add(row.id()));
        return ids;
    }

    private List<Long> listIds(ActionItemFilter filter) {
        return service.list(filter, PageRequest.of(0, 500)).stream().map(ActionItem::getId).toList();
    }

    @Test
    void every_filter_gives_the_items_and_the_count_of_the_list() {
        LocalDate past = ActionItemService.today().minusMonths(2);
        String tag = unique("lapor_100%");
        Meeting meeting = fixture.meeting("Rakor " + tag, past);
        ActionItem overdue = fixture.item(meeting, tag + " terlambat", past.plusDays(10), "Disnakertrans Kab. Serang",
                "Kanim Serang");
        ActionItem later = fixture.item(meeting, tag + " nanti", ActionItemService.today().plusDays(20), "Pemkab Serang");
        fixture.item(meeting, unique("lapor_1000") + " lain", past.plusDays(3), "Pemkab Serang");
        ActionItem region = service.get(later.getId());
        region.setRegionCode("36.04.13.2001");
        region.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
        service.update(region);
        long kanim = fixture.agency("Kanim Serang").getId();
        long pemkab = fixture.agency("Pemkab Serang").getId();

        List<ActionItemFilter> filters = List.of(ActionItemFilter.ALL.withText(tag),
                new ActionItemFilter(null, null, null, true, null, null, null, null, null, tag),
                new ActionItemFilter(null, kanim, null, false, null, null, null, null, null, tag),
                new ActionItemFilter(pemkab, null, null, false, null, null, null, null, null, tag),
                new ActionItemFilter(null, null, null, false, null, null, null, null, "36.04.13", tag),
                new ActionItemFilter(null, null, null, false, NationalStrategy.LAW_ENFORCEMENT, null, null, null, null, tag),
                new ActionItemFilter(null, null, ActionItemStatus.NOT_STARTED, false, null, past, past.plusDays(10),
                        meeting.getId(), null, null),
                ActionItemFilter.ofMeeting(meeting.getId()));
        for (ActionItemFilter filter : filters) {
            assertThat(reportIds(filter, ItemOrder.BY_DUE_DATE)).as(filter.toString()).isEqualTo(listIds(filter));
            assertThat(reports.count(filter, null)).as(filter.toString()).isEqualTo(service.count(filter));
        }
        assertThat(reportIds(ActionItemFilter.ALL.withText(tag), ItemOrder.BY_DUE_DATE))
                .containsExactly(overdue.getId(), later.getId());
        assertThat(reportIds(ActionItemFilter.ofMeeting(meeting.getId()), ItemOrder.BY_STRATEGY))
                .as("prevention first, then law enforcement; by item number within a strategy").hasSize(3)
                .endsWith(later.getId()).startsWith(overdue.getId());
    }

    @Test
    void rows_carry_supporting_agencies_alphabetically_and_the_latest_update() {
        Meeting meeting = fixture.meeting(unique("Rakor baris"), ActionItemService.today().minusDays(5));
        ActionItem item = fixture.item(meeting, unique("Patroli"), ActionItemService.today().plusDays(30),
                "Pemkab Serang", "Kanim Serang", "Disnakertrans Kab. Serang");
        ActionItem stored = service.get(item.getId());
        progress.report(new ProgressUpdateRequest(stored.getId(), stored.getVersion(), ActionItemStatus.IN_PROGRESS, 20,
                "Tahap awal", List.of(), null, null));
        stored = service.get(item.getId());
        progress.report(new ProgressUpdateRequest(stored.getId(), stored.getVersion(), ActionItemStatus.IN_PROGRESS, 60,
                "Sudah dua kecamatan", List.of(), null, null));
        ProgressUpdate newest = progress.updatesOf(item.getId()).stream()
                .filter(u -> u.getNarrative().equals("Sudah dua kecamatan")).findFirst().orElseThrow();

        List<ActionItemRow> rows = new ArrayList<>();
        reports.forEach(ActionItemFilter.ofMeeting(meeting.getId()), null, ItemOrder.BY_DUE_DATE, true, rows::add);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.supportingAgencies()).containsExactly("Disnakertrans Kab. Serang", "Kanim Serang");
            assertThat(row.responsibleAgency()).isEqualTo("Pemkab Serang");
            assertThat(row.progress()).isEqualTo(60);
            assertThat(row.latest().narrative()).isEqualTo("Sudah dua kecamatan");
            assertThat(row.latest().at()).isEqualTo(newest.getCreatedAt());
            assertThat(row.latest().authorName()).isEqualTo(newest.getAuthorName());
        });
    }
}
