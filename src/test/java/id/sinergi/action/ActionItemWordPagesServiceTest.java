package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of a text, alone or with a status, a strategy or due dates, read from the word index in the grid's order
 * (V0020): the same items in the same order as the items themselves say, however the user scrolls or jumps; and the
 * index's copy of an item's due date, status and strategy follows every change of them.
 */
@SinergiSpringTest
class ActionItemWordPagesServiceTest {

    private static final LocalDate DAY = LocalDate.of(2031, 1, 6);

    @Autowired
    ActionItemService service;
    @Autowired
    ActionItemStatusService statuses;
    @Autowired
    ProgressService progress;
    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ActionItemWords words;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    @Test
    void a_texts_pages_scrolled_or_jumped_to_hold_its_items_in_due_date_order_with_each_filter_beside_it() {
        String tag = unique("Kata").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor sosialisasi " + tag, DAY);
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 23; n++) {
            String words = n % 3 == 0 ? " migrasi" + tag + " aman" + tag : n % 7 == 0 ? "nya di desa" : " di desa";
            ActionItem item = service.get(fixture.item(meeting, "Sosialisasi" + tag + words, DAY.plusDays(30 + n * 7 % 11),
                    "Kanim Serang").getId());
            if (n % 5 == 0) {
                item.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
                item = service.update(item);
            }
            if (n % 4 == 0) {
                statuses.cancel(item.getId(), item.getVersion(), "Digabung dengan kegiatan lain");
            }
            ids.add(item.getId());
        }
        for (int n = 0; n < 6; n++) { // due on the same days as one of the above, so that pages part within a day
            ids.add(fixture.item(meeting, "Pendataan migrasi" + tag + " aman" + tag, DAY.plusDays(40 + n / 3),
                    "Kanim Serang").getId());
        }
        List<ActionItem> items = ids.stream().map(service::get).toList();

        String word = "sosialisasi" + tag;
        String migrasi = "migrasi" + tag;
        assertThat(words.onlyIndexed(migrasi)).as("read from the word index").isEqualTo(migrasi);
        assertThat(words.onlyIndexed(word + "n")).as("read from the word index").isEqualTo(word + "nya");
        assertThat(words.onlyIndexed(word)).as("begins two indexed words: read from the items").isNull();
        String aman = "aman" + tag;
        for (ActionItemFilter filter : List.of(text(word), text(word + "n"), text(migrasi + " " + word),
                new ActionItemFilter(null, null, ActionItemStatus.CANCELLED, false, null, null, null, null, null,
                        word + " " + migrasi),
                new ActionItemFilter(null, null, null, false, NationalStrategy.LAW_ENFORCEMENT, null, null, null, null,
                        "desa " + word),
                new ActionItemFilter(null, null, ActionItemStatus.NOT_STARTED, false, NationalStrategy.PREVENTION,
                        DAY.plusDays(33), DAY.plusDays(38), null, null, migrasi + " aman"),
                text(migrasi + " " + aman),
                new ActionItemFilter(null, null, ActionItemStatus.NOT_STARTED, false, null, null, null, null, null,
                        migrasi + " " + aman),
                new ActionItemFilter(null, null, ActionItemStatus.CANCELLED, false, null, DAY.plusDays(31), null,
                        null, null, aman + " " + migrasi),
                new ActionItemFilter(null, null, null, false, null, DAY.plusDays(40), DAY.plusDays(41), null, null,
                        aman + " " + migrasi))) {
            List<Long> expected = items.stream().filter(item -> matches(item, filter))
                    .sorted(Comparator.comparing(ActionItem::getDueDate).thenComparing(ActionItem::getId))
                    .map(ActionItem::getId).toList();
            assertThat(expected).as(filter.toString()).isNotEmpty();
            assertThat(scrolled(filter)).as(filter.toString()).containsExactlyElementsOf(expected);
            ListBookmarks bookmarks = new ListBookmarks();
            assertThat(rowIds(service.list(filter, PageRequest.of(0, 3), bookmarks))).as(filter.toString())
                    .containsExactlyElementsOf(rows(expected, 0, 3));
            assertThat(rowIds(service.list(filter, PageRequest.of(3, 3), bookmarks))).as("jumped to " + filter)
                    .containsExactlyElementsOf(rows(expected, 9, 12));
            assertThat(rowIds(service.list(filter, PageRequest.of(1, 4), bookmarks))).as("back to " + filter)
                    .containsExactlyElementsOf(rows(expected, 4, 8));
            assertThat(service.countUpTo(filter, 100)).as(filter.toString()).isEqualTo(expected.size());
        }
    }

    private static List<Long> rows(List<Long> all, int from, int to) {
        return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
    }

    @Test
    void the_word_index_follows_each_change_of_an_items_due_date_status_and_strategy() {
        String word = "patroli" + unique("Ikut").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor patroli " + word, DAY);
        long id = fixture.item(meeting, word + " perbatasan laut", DAY.plusDays(40), "Disnakertrans Kab. Serang")
                .getId();
        assertFollows(id, word);

        fixture.loginAs("penghubung.disnaker");
        ProgressUpdate request = progress.report(new ProgressUpdateRequest(id, service.get(id).getVersion(),
                ActionItemStatus.IN_PROGRESS, 30, "Patroli tahap pertama.", List.of(), DAY.plusDays(61),
                "Kapal patroli dalam perbaikan"));
        assertFollows(id, word);

        fixture.loginAs("koordinator");
        progress.decideExtension(request.getId(), request.getVersion(), true, "Disetujui rakor");
        assertThat(service.get(id).getDueDate()).isEqualTo(DAY.plusDays(61));
        assertFollows(id, word);

        ActionItem edited = service.get(id);
        edited.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
        edited.setDueDate(DAY.plusDays(75));
        service.update(edited);
        assertFollows(id, word);

        statuses.cancel(id, service.get(id).getVersion(), "Digabung dengan patroli terpadu");
        assertFollows(id, word);
        statuses.reopen(id, service.get(id).getVersion());
        assertThat(service.get(id).getStatus()).isEqualTo(ActionItemStatus.IN_PROGRESS);
        assertFollows(id, word);
    }

    /** Each word row of the item has its due date, status and strategy, and the text's list finds it under them. */
    private void assertFollows(long id, String word) {
        ActionItem item = service.get(id);
        assertThat(jdbc.query("select distinct due_date, status, strategy from action_item_word where item_id = ?",
                (row, n) -> List.of(row.getObject(1, LocalDate.class), row.getString(2), row.getString(3)), id))
                .containsExactly(List.of(item.getDueDate(), item.getStatus().name(), item.getStrategy().name()));
        for (ActionItemStatus status : ActionItemStatus.values()) {
            ActionItemFilter filter = new ActionItemFilter(null, null, status, false, item.getStrategy(),
                    item.getDueDate(), item.getDueDate(), null, null, word);
            assertThat(rowIds(service.list(filter, PageRequest.of(0, 10), new ListBookmarks()))).as(status.name())
                    .isEqualTo(status == item.getStatus() ? List.of(id) : List.of());
        }
    }

    private List<Long> scrolled(ActionItemFilter filter) {
        ListBookmarks bookmarks = new ListBookmarks();
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            ids.addAll(rowIds(service.list(filter, PageRequest.of(page, 3), bookmarks)));
        }
        return ids;
    }

    /** The filter as the user means it, asked of the item itself. */
    private static boolean matches(ActionItem item, ActionItemFilter filter) {
        Set<String> words = ActionItemWords.of(item.getActivity(), item.getOutputIndicator(), item.getNotes());
        return ActionItemWords.of(filter.text()).stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)))
                && (filter.status() == null || item.getStatus() == filter.status())
                && (filter.strategy() == null || item.getStrategy() == filter.strategy())
                && (filter.dueFrom() == null || !item.getDueDate().isBefore(filter.dueFrom()))
                && (filter.dueTo() == null || !item.getDueDate().isAfter(filter.dueTo()));
    }

    private static ActionItemFilter text(String text) {
        return ActionItemFilter.ALL.withText(text);
    }

    private static List<Long> rowIds(List<ActionItemSummary> rows) {
        return rows.stream().map(ActionItemSummary::id).toList();
    }
}
