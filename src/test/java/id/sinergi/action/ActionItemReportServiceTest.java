package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report rows (plain SQL over JDBC) hold exactly the items the list shows for the same filter (both filter through
 * ActionItemSql; the report adds its own joins, orders and Kanwil scope), in the report's orders, with supporting
 * agencies and the latest progress update as the item pages show them.
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
    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void rows_keep_their_supporting_agencies_and_order_across_chunks() {
        Meeting meeting = fixture.meeting(unique("Rakor banyak"), ActionItemService.today().minusDays(3));
        List<String> names = List.of("Kanim Serang", "Disnakertrans Kab. Serang", "BP3MI Banten");
        List<Long> agencies = names.stream().map(name -> fixture.agency(name).getId()).toList();
        int count = 2 * ActionItemRowQuery.CHUNK + 7;
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Object[] {meeting.getId(), i + 1, "Kegiatan " + i, ActionItemService.today().plusDays(i % 40),
                agencies.getFirst(), NationalStrategy.values()[i % 2].name(), java.time.LocalDateTime.now()});
        }
        jdbc.batchUpdate("insert into action_item (origin_meeting_id, item_number, activity, due_date, "
                + "responsible_agency_id, strategy, created_at, status, progress) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', 0)", items);
        List<Long> ids = jdbc.queryForList("select id from action_item where origin_meeting_id = ? order by item_number",
                Long.class, meeting.getId());
        List<Object[]> supporting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < i % 3; k++) {
                supporting.add(new Object[] {ids.get(i), agencies.get(2 - k)});
            }
        }
        jdbc.batchUpdate("insert into action_item_supporting_agency (action_item_id, agency_id) values (?, ?)",
                supporting);
        for (int number = 500; number <= count; number += 500) {
            jdbc.update("insert into progress_update (action_item_id, created_at, author_username, author_name, status, "
                    + "progress, narrative) values (?, ?, 'uji', 'Petugas Uji', 'IN_PROGRESS', 10, ?)",
                    ids.get(number - 1), java.time.LocalDateTime.now(), "Laporan " + number);
        }
        List<List<String>> expectedSupporting = List.of(List.of(), List.of("BP3MI Banten"),
                List.of("BP3MI Banten", "Disnakertrans Kab. Serang"));

        try {
            for (ItemOrder order : ItemOrder.values()) {
                List<ActionItemRow> rows = new ArrayList<>();
                reports.forEach(ActionItemFilter.ofMeeting(meeting.getId()), null, order, true, rows::add);
                assertThat(rows).as(order.name()).hasSize(count);
                assertThat(rows.stream().map(ActionItemRow::id).distinct()).hasSize(count);
                Comparator<ActionItemRow> expected = order == ItemOrder.BY_DUE_DATE
                        ? Comparator.comparing(ActionItemRow::dueDate).thenComparing(ActionItemRow::id)
                        : Comparator.comparing(ActionItemRow::strategy).thenComparing(ActionItemRow::number);
                assertThat(rows).as(order.name()).isSortedAccordingTo(expected);
                for (ActionItemRow row : rows) {
                    assertThat(row.supportingAgencies()).as("item " + row.number())
                            .isEqualTo(expectedSupporting.get((row.number() - 1) % 3));
                    assertThat(row.latest() == null ? null : row.latest().narrative()).as("item " + row.number())
                            .isEqualTo(row.number() % 500 == 0 ? "Laporan " + row.number() : null);
                }
            }
        } finally { // the suite shares one database: the other tests count Kanim Serang's items
            String mine = " in (select id from action_item where origin_meeting_id = ?)";
            jdbc.update("delete from progress_update where action_item_id" + mine, meeting.getId());
            jdbc.update("delete from action_item_supporting_agency where action_item_id" + mine, meeting.getId());
            jdbc.update("delete from action_item where origin_meeting_id = ?", meeting.getId());
        }
    }
}
