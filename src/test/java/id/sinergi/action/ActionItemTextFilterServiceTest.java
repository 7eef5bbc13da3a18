package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The text and region filters at scale: the word index (V0017) and the region code range (V0018) find the same items. */
@SinergiSpringTest
class ActionItemTextFilterServiceTest {

    @Autowired
    ActionItemService service;
    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ActionItemStatusService statusService;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    private List<String> activities(ActionItemFilter filter) {
        return service.list(filter, PageRequest.of(0, 50)).stream().map(ActionItem::getActivity).toList();
    }

    private List<String> withText(String text) {
        List<String> found = activities(ActionItemFilter.ALL.withText(text));
        assertThat(service.count(ActionItemFilter.ALL.withText(text))).isEqualTo(found.size());
        assertThat(service.countUpTo(ActionItemFilter.ALL.withText(text), 10)).isEqualTo(found.size());
        return found;
    }

    @Test
    void each_word_of_the_text_must_begin_a_word_of_the_activity_output_or_notes_in_any_case_and_order() {
        String tag = unique("Kata").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor kata " + tag, LocalDate.of(2031, 3, 2));
        ActionItem activity = fixture.item(meeting, "Penerbitan PASPOR" + tag + " diperketat", LocalDate.of(2031, 4, 1),
                "Kanim Serang");
        ActionItem output = fixture.item(meeting, "Pendataan calon PMI", LocalDate.of(2031, 4, 2), "Kanim Serang");
        output.setOutputIndicator("Data paspor" + tag + "-terverifikasi");
        output.setNotes("Catatan (bukti" + tag + ")");
        service.update(output);

        assertThat(withText("paspor" + tag)).containsExactly(activity.getActivity(), "Pendataan calon PMI");
        assertThat(withText("PASPOR" + tag.substring(0, 3))).hasSize(2);
        assertThat(withText("bukti" + tag)).containsExactly("Pendataan calon PMI");
        assertThat(withText("spor" + tag)).as("inside a word").isEmpty();
        assertThat(withText("paspor" + tag + " diperketat")).containsExactly(activity.getActivity());
        assertThat(withText("DIPERKETAT, paspor" + tag)).as("in any order").containsExactly(activity.getActivity());
        assertThat(withText("pendataan bukti" + tag)).as("in any field").containsExactly("Pendataan calon PMI");
        assertThat(withText("diperketat bukti" + tag)).as("every word in the same item").isEmpty();
        assertThat(withText("paspor" + tag + "-terverifikasi")).containsExactly("Pendataan calon PMI");
    }

    @Test
    void a_capped_count_of_a_text_alone_stops_at_the_limit_and_is_exact_below_it() {
        String tag = unique("Batas").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor batas " + tag, LocalDate.of(2031, 9, 2));
        LocalDate due = LocalDate.of(2031, 10, 1);
        fixture.item(meeting, "Paspor" + tag + " wawancara" + tag, due, "Kanim Serang");
        fixture.item(meeting, "Paspor" + tag + " diperketat", due, "Kanim Serang");
        fixture.item(meeting, "Paspor" + tag + "nya wawancara" + tag, due, "Kanim Serang");
        fixture.item(meeting, "Wawancara" + tag + " saja", due, "Kanim Serang");

        assertThat(countUpTo("paspor" + tag, 2)).isEqualTo(2);
        assertThat(countUpTo("paspor" + tag, 10)).as("paspor…nya too").isEqualTo(3);
        assertThat(countUpTo("paspor" + tag + "n", 1)).isEqualTo(1);
        assertThat(countUpTo("wawancara" + tag + " paspor" + tag, 1)).isEqualTo(1);
        assertThat(countUpTo("wawancara" + tag + " paspor" + tag, 10)).isEqualTo(2);
        assertThat(countUpTo("diperketat wawancara" + tag, 1)).as("both words in one item").isZero();
        assertThat(countUpTo("(-!-)", 2)).as("no word at all: every item").isEqualTo(2);
        assertThat(service.countUpTo(new ActionItemFilter(null, null, ActionItemStatus.DONE, false, null, null, null,
                null, null, "paspor" + tag), 1)).as("with another filter: none is done").isZero();
    }

    @Test
    void a_capped_count_of_a_text_with_a_status_or_a_strategy_stops_at_the_limit_and_is_exact_below_it() {
        String tag = unique("Awas").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor awas " + tag, LocalDate.of(2031, 11, 2));
        LocalDate due = LocalDate.of(2031, 12, 1);
        fixture.item(meeting, "Pengawasan" + tag + " pelabuhan", due, "Kanim Serang");
        ActionItem airport = service.get(fixture.item(meeting, "Pengawasan" + tag + " bandara", due, "Kanim Serang")
                .getId());
        airport.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
        service.update(airport);
        cancel(fixture.item(meeting, "Pengawasan" + tag + "nya di perbatasan", due, "Kanim Serang"));
        cancel(fixture.item(meeting, "Pengawasan" + tag + " laut", due, "Kanim Serang"));

        String word = "pengawasan" + tag;
        assertThat(countUpTo(word, null, NationalStrategy.PREVENTION, 10)).as("…nya too").isEqualTo(3);
        assertThat(countUpTo(word, null, NationalStrategy.PREVENTION, 2)).isEqualTo(2);
        assertThat(countUpTo(word, null, NationalStrategy.LAW_ENFORCEMENT, 10)).isEqualTo(1);
        assertThat(countUpTo(word, ActionItemStatus.CANCELLED, null, 10)).as("…nya too").isEqualTo(2);
        assertThat(countUpTo(word, ActionItemStatus.CANCELLED, null, 1)).isEqualTo(1);
        assertThat(countUpTo(word + "nya", ActionItemStatus.CANCELLED, null, 10)).isEqualTo(1);
        assertThat(countUpTo(word + " laut", ActionItemStatus.CANCELLED, NationalStrategy.PREVENTION, 10)).isEqualTo(1);
        assertThat(countUpTo(word, ActionItemStatus.NOT_STARTED, NationalStrategy.PREVENTION, 10)).isEqualTo(1);
        assertThat(countUpTo(word, ActionItemStatus.DONE, null, 10)).isZero();
        assertThat(countUpTo(word + "x", ActionItemStatus.CANCELLED, null, 10)).as("no such word").isZero();
    }

    private void cancel(ActionItem item) {
        fixture.loginAs("koordinator");
        statusService.cancel(item.getId(), service.get(item.getId()).getVersion(), "Digabung dengan kegiatan lain");
    }

    /** The capped count, checked against the exact count of the same filter. */
    private long countUpTo(String text, ActionItemStatus status, NationalStrategy strategy, int limit) {
        ActionItemFilter filter = new ActionItemFilter(null, null, status, false, strategy, null, null, null, null, text);
        long capped = service.countUpTo(filter, limit);
        assertThat(capped).isEqualTo(Math.min(service.count(filter), limit));
        return capped;
    }

    private long countUpTo(String text, int limit) {
        return service.countUpTo(ActionItemFilter.ALL.withText(text), limit);
    }

    @Test
    void an_edited_item_is_found_by_its_new_words_only_and_a_removed_one_not_at_all() {
        String tag = unique("Ubah").split(" ")[1];
        Meeting meeting = fixture.meeting("Rakor ubah " + tag, LocalDate.of(2031, 5, 2));
        ActionItem item = fixture.item(meeting, "Patroli" + tag + " pelabuhan", LocalDate.of(2031, 6, 1), "Kanim Serang");
        ActionItem edited = service.get(item.getId());
        edited.setActivity("Kampanye" + tag + " migrasi aman");
        service.update(edited);

        assertThat(withText("patroli" + tag)).isEmpty();
        assertThat(withText("kampanye" + tag)).containsExactly("Kampanye" + tag + " migrasi aman");

        ActionItem stored = service.get(item.getId());
        service.remove(stored.getId(), stored.getVersion());
        assertThat(withText("kampanye" + tag)).isEmpty();
    }

    @Test
    void a_region_finds_items_anywhere_inside_it_and_not_in_a_code_that_only_starts_alike() {
        String tag = unique("Wilayah");
        Meeting meeting = fixture.meeting("Rakor " + tag, LocalDate.of(2031, 7, 2));
        ActionItem village = service.get(fixture.item(meeting, tag + " desa", LocalDate.of(2031, 8, 1), "Kanim Serang")
                .getId());
        village.setRegionCode("36.04.13.2001");
        service.update(village);
        ActionItem province = service.get(fixture.item(meeting, tag + " provinsi", LocalDate.of(2031, 8, 2),
                "Kanim Serang").getId());
        province.setRegionCode("36");
        service.update(province);

        assertThat(activities(inRegion("36", tag))).containsExactly(tag + " desa", tag + " provinsi");
        assertThat(activities(inRegion("36.04", tag))).containsExactly(tag + " desa");
        assertThat(activities(inRegion("36.04.13.2001", tag))).containsExactly(tag + " desa");
        assertThat(activities(inRegion("36.0", tag))).isEmpty();
        assertThat(activities(inRegion("3", tag))).isEmpty();
        assertThat(service.countUpTo(inRegion("36", tag), 10)).isEqualTo(2);
    }

    private static ActionItemFilter inRegion(String code, String text) {
        return new ActionItemFilter(null, null, null, false, null, null, null, null, code, text);
    }
}
