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

/** Paging at scale: pages read after earlier ones (keyset) hold exactly the rows plain paging gives; capped counts. */
@SinergiSpringTest
class ActionItemPagingServiceTest {

    @Autowired
    ActionItemService service;
    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ProgressService progress;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    private ActionItemFilter meetingWith23Items(String tag) {
        LocalDate day = ActionItemService.today().minusMonths(1);
        Meeting meeting = fixture.meeting("Rakor " + tag, day);
        for (int i = 0; i < 23; i++) {
            // several items share a due date, so the id must break the ties between pages
            fixture.item(meeting, tag + " " + i, day.plusDays(i / 4), "Disnakertrans Kab. Serang");
        }
        return ActionItemFilter.ofMeeting(meeting.getId());
    }

    private static List<Long> ids(List<ActionItem> items) {
        return items.stream().map(ActionItem::getId).toList();
    }

    private static List<Long> rowIds(List<ActionItemSummary> rows) {
        return rows.stream().map(ActionItemSummary::id).toList();
    }

    @Test
    void pages_read_one_after_another_or_out_of_order_hold_the_same_rows_as_plain_paging() {
        ActionItemFilter filter = meetingWith23Items(unique("halaman"));
        List<Long> all = ids(service.list(filter, PageRequest.of(0, 100)));
        assertThat(all).hasSize(23);

        ListBookmarks bookmarks = new ListBookmarks();
        List<Long> scrolled = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            scrolled.addAll(rowIds(service.list(filter, PageRequest.of(page, 5), bookmarks)));
        }
        assertThat(scrolled).containsExactlyElementsOf(all);
        assertThat(rowIds(service.list(filter, PageRequest.of(1, 5), bookmarks))).containsExactlyElementsOf(all.subList(5, 10));
        assertThat(rowIds(service.list(filter, PageRequest.of(3, 6), bookmarks))).containsExactlyElementsOf(all.subList(18, 23));
    }

    @Test
    void list_rows_show_each_items_number_activity_agency_due_date_status_and_progress() {
        ActionItemFilter filter = meetingWith23Items(unique("baris"));
        ActionItem reported = service.list(filter, PageRequest.of(0, 1)).getFirst();
        progress.report(new ProgressUpdateRequest(reported.getId(), reported.getVersion(), ActionItemStatus.IN_PROGRESS,
                60, "Sudah dua kecamatan", List.of(), null, null));

        List<ActionItemSummary> rows = service.list(filter, PageRequest.of(0, 4), new ListBookmarks());

        assertThat(rows).containsExactlyElementsOf(service.list(filter, PageRequest.of(0, 4)).stream()
                .map(i -> ActionItemSummary.of(service.get(i.getId()))).toList());
        assertThat(rows.getFirst()).extracting(ActionItemSummary::status, ActionItemSummary::progress,
                ActionItemSummary::responsibleAgency).containsExactly(ActionItemStatus.IN_PROGRESS, 60,
                "Disnakertrans Kab. Serang");
        assertThat(rows).extracting(ActionItemSummary::number).doesNotHaveDuplicates();
    }

    @Test
    void bookmarks_of_another_filter_are_never_used() {
        ActionItemFilter first = meetingWith23Items(unique("saring-a"));
        ActionItemFilter second = meetingWith23Items(unique("saring-b"));
        ListBookmarks bookmarks = new ListBookmarks();
        service.list(first, PageRequest.of(0, 10), bookmarks);
        assertThat(rowIds(service.list(second, PageRequest.of(1, 10), bookmarks)))
                .containsExactlyElementsOf(ids(service.list(second, PageRequest.of(1, 10))));
    }

    @Test
    void a_capped_count_stops_at_the_limit_and_is_exact_below_it() {
        ActionItemFilter filter = meetingWith23Items(unique("hitung"));
        assertThat(service.countUpTo(filter, 10)).isEqualTo(10);
        assertThat(service.countUpTo(filter, 1_000)).isEqualTo(23).isEqualTo(service.count(filter));
    }
}
