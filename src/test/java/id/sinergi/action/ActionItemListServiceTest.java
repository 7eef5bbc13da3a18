package id.sinergi.action;

import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The list queries: every filter, overdue computed from today, paging, the liaison's order and saved filters. */
@SinergiSpringTest
class ActionItemListServiceTest {

    @Autowired
    ActionItemService service;
    @Autowired
    SavedFilterService savedFilters;
    @Autowired
    ActionItemStatusService statuses;
    @Autowired
    ActionItemFixture fixture;
    @Autowired
    AgencyService agencies;

    @AfterEach
    void logout() {
        fixture.logout();
    }

    private List<String> activities(ActionItemFilter filter) {
        return service.list(filter, PageRequest.of(0, 50)).stream().map(ActionItem::getActivity).toList();
    }

    private static ActionItemFilter text(String text) {
        return ActionItemFilter.ALL.withText(text);
    }

    @Test
    void each_filter_narrows_the_list_and_the_count_agrees() {
        LocalDate past = ActionItemService.today().minusMonths(2);
        String tag = unique("saring");
        Meeting meeting = fixture.meeting("Rakor " + tag, past);
        ActionItem overdue = fixture.item(meeting, tag + " terlambat", past.plusDays(10), "Disnakertrans Kab. Serang",
                "Kanim Serang");
        ActionItem later = fixture.item(meeting, tag + " nanti", ActionItemService.today().plusDays(20), "Pemkab Serang");
        ActionItem region = service.get(later.getId());
        region.setRegionCode("36.04.13.2001");
        region.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
        service.update(region);

        assertThat(activities(text(tag))).containsExactly(tag + " terlambat", tag + " nanti");
        assertThat(service.count(text(tag))).isEqualTo(2);
        ActionItemFilter overdueOnly = new ActionItemFilter(null, null, null, true, null, null, null, null, null, tag);
        assertThat(activities(overdueOnly)).containsExactly(tag + " terlambat");
        assertThat(service.get(overdue.getId()).isOverdueOn(ActionItemService.today())).isTrue();
        ActionItemFilter supported = new ActionItemFilter(null, fixture.agency("Kanim Serang").getId(), null, false, null,
                null, null, null, null, tag);
        assertThat(activities(supported)).containsExactly(tag + " terlambat");
        ActionItemFilter responsible = new ActionItemFilter(fixture.agency("Pemkab Serang").getId(), null, null, false,
                null, null, null, null, null, tag);
        assertThat(activities(responsible)).containsExactly(tag + " nanti");
        ActionItemFilter inKecamatan = new ActionItemFilter(null, null, null, false, null, null, null, null, "36.04.13", tag);
        assertThat(activities(inKecamatan)).containsExactly(tag + " nanti");
        ActionItemFilter strategy = new ActionItemFilter(null, null, null, false, NationalStrategy.LAW_ENFORCEMENT, null,
                null, null, null, tag);
        assertThat(activities(strategy)).containsExactly(tag + " nanti");
        ActionItemFilter period = new ActionItemFilter(null, null, null, false, null, past, past.plusDays(10), null, null,
                null);
        assertThat(activities(period)).contains(tag + " terlambat").doesNotContain(tag + " nanti");
        ActionItemFilter byMeeting = ActionItemFilter.ofMeeting(meeting.getId());
        assertThat(service.count(byMeeting)).isEqualTo(2);
        ActionItemFilter status = new ActionItemFilter(null, null, ActionItemStatus.DONE, false, null, null, null,
                meeting.getId(), null, null);
        assertThat(service.count(status)).isZero();
    }

    @Test
    void an_item_without_a_region_of_its_own_lies_where_its_responsible_agency_is() {
        String tag = unique("wilayah");
        Meeting meeting = fixture.meeting("Rakor " + tag, ActionItemService.today());
        fixture.item(meeting, tag + " Disnakertrans", ActionItemService.today(), "Disnakertrans Kab. Serang");
        ActionItem elsewhere = fixture.item(meeting, tag + " di Lebak", ActionItemService.today(), "Pemkab Serang");
        ActionItem stored = service.get(elsewhere.getId());
        stored.setRegionCode("36.02");
        service.update(stored);

        ActionItemFilter banten = new ActionItemFilter(null, null, null, false, null, null, null, null, "36", tag);
        assertThat(activities(banten)).containsExactlyInAnyOrder(tag + " Disnakertrans", tag + " di Lebak");
        ActionItemFilter serang = new ActionItemFilter(null, null, null, false, null, null, null, null, "36.04", tag);
        assertThat(activities(serang)).containsExactly(tag + " Disnakertrans");
        assertThat(service.count(serang)).isEqualTo(1);
        ActionItemFilter lebak = new ActionItemFilter(null, null, null, false, null, null, null, null, "36.02", tag);
        assertThat(activities(lebak)).containsExactly(tag + " di Lebak");
    }

    @Test
    void a_province_holds_the_items_of_its_agencies_and_they_move_with_the_agency() {
        String tag = unique("pindah");
        Meeting meeting = fixture.meeting("Rakor " + tag, ActionItemService.today());
        Agency agency = new Agency("Dinas Tenaga Kerja Uji " + tag, "Disnaker " + tag,
                AgencyCategory.REGIONAL_GOVERNMENT);
        agency.setRegionCode("36.04");
        agency = agencies.save(agency);
        ActionItem own = fixture.item(meeting, tag + " di Lebak", ActionItemService.today(), agency.getAbbreviation());
        ActionItem stored = service.get(own.getId());
        stored.setRegionCode("36.02");
        service.update(stored);
        ActionItem agencys = fixture.item(meeting, tag + " di kantor", ActionItemService.today().plusDays(1),
                agency.getAbbreviation());
        ActionItem other = fixture.item(meeting, tag + " Kanim", ActionItemService.today().plusDays(2), "Kanim Serang");
        ActionItemFilter banten = new ActionItemFilter(null, null, null, false, null, null, null, null, "36", tag);
        ActionItemFilter kalbar = new ActionItemFilter(null, null, null, false, null, null, null, null, "61", tag);
        assertThat(activities(banten)).containsExactly(tag + " di Lebak", tag + " di kantor", tag + " Kanim");
        assertThat(service.countUpTo(banten, 100)).isEqualTo(3);

        agency.setRegionCode("61.01");
        agencies.save(agency);
        assertThat(activities(banten)).as("an item with a region of its own stays").containsExactly(tag + " di Lebak",
                tag + " Kanim");
        assertThat(activities(kalbar)).containsExactly(tag + " di kantor");
        assertThat(service.countUpTo(kalbar, 100)).isEqualTo(1);
        assertThat(activities(kalbar.withRegionCode("61.01"))).as("a regency asks the region codes themselves")
                .containsExactly(tag + " di kantor");

        ActionItem moved = service.get(other.getId());
        moved.setResponsibleAgency(fixture.agency(agency.getAbbreviation()));
        service.update(moved);
        assertThat(activities(kalbar)).as("an item given another responsible agency lies where that one is")
                .containsExactly(tag + " di kantor", tag + " Kanim");
        stored = service.get(own.getId());
        stored.setRegionCode(null);
        service.update(stored);
        assertThat(activities(banten)).isEmpty();
        assertThat(service.get(own.getId()).getProvinceCode()).isEqualTo("61");
    }

    @Test
    void pages_are_ordered_and_do_not_overlap_and_wildcards_are_literal() {
        String tag = unique("halaman");
        Meeting meeting = fixture.meeting("Rakor " + tag, LocalDate.of(2031, 1, 5));
        for (int day = 1; day <= 5; day++) {
            fixture.item(meeting, tag + " hari " + day, LocalDate.of(2031, 2, day), "Kanim Serang");
        }
        var first = service.list(text(tag), PageRequest.of(0, 2));
        var second = service.list(text(tag), PageRequest.of(1, 2));
        assertThat(first).extracting(ActionItem::getActivity).containsExactly(tag + " hari 1", tag + " hari 2");
        assertThat(second).extracting(ActionItem::getActivity).containsExactly(tag + " hari 3", tag + " hari 4");
        assertThat(service.list(text(tag), PageRequest.of(0, 1, Sort.by(Sort.Order.desc("dueDate")))))
                .extracting(ActionItem::getActivity).containsExactly(tag + " hari 5");
        assertThat(service.count(text("%" + tag.substring(tag.length() - 4) + "_"))).isZero();
    }

    @Test
    void each_grid_column_sorts_the_list_both_ways_and_ties_go_by_id() {
        String tag = unique("urut");
        Meeting first = fixture.meeting("Rakor " + tag, LocalDate.of(2031, 3, 1));
        Meeting second = fixture.meeting("Rakor lanjutan " + tag, LocalDate.of(2031, 3, 2));
        ActionItem law = service.get(fixture.item(second, tag + " b sosialisasi", LocalDate.of(2031, 4, 3),
                "Kanim Serang").getId());
        law.setStrategy(NationalStrategy.LAW_ENFORCEMENT);
        service.update(law);
        fixture.item(first, tag + " c pendataan", LocalDate.of(2031, 4, 1), "Pemkab Serang");
        fixture.item(first, tag + " a pelatihan", LocalDate.of(2031, 4, 2), "Disnakertrans Kab. Serang");
        List<ActionItem> items = service.list(text(tag), PageRequest.of(0, 10)).stream()
                .map(item -> service.get(item.getId())).toList();
        Map<String, Function<ActionItem, Comparable<?>>> columns = Map.of("number", ActionItem::getNumber,
                "activity", ActionItem::getActivity, "dueDate", ActionItem::getDueDate,
                "status", item -> item.getStatus().name(), "progress", ActionItem::getProgress,
                "strategy", item -> item.getStrategy().name(),
                "responsibleAgency.abbreviation", item -> item.getResponsibleAgency().getAbbreviation(),
                "originMeetingId", ActionItem::getOriginMeetingId);
        assertThat(columns.keySet()).isEqualTo(ActionItemSearch.SORTABLE.keySet());
        columns.forEach((property, value) -> {
            for (Sort.Direction direction : Sort.Direction.values()) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Comparator<ActionItem> byValue = Comparator.comparing(item -> (Comparable) value.apply(item));
                List<Long> expected = items.stream()
                        .sorted((direction.isAscending() ? byValue : byValue.reversed())
                                .thenComparing(ActionItem::getId))
                        .map(ActionItem::getId).toList();
                assertThat(service.list(text(tag), PageRequest.of(0, 10, Sort.by(direction, property))))
                        .as(property + " " + direction).extracting(ActionItem::getId).isEqualTo(expected);
            }
        });
    }

    @Test
    void a_liaison_sees_their_agencys_open_items_first_soonest_due_first() {
        String tag = unique("milik kami");
        LocalDate past = ActionItemService.today().minusMonths(1);
        Meeting meeting = fixture.meeting("Rakor " + tag, past);
        ActionItem soon = fixture.item(meeting, tag + " segera", ActionItemService.today().plusDays(3), "Kanim Serang");
        ActionItem late = fixture.item(meeting, tag + " terlambat", past.plusDays(1), "Kanim Serang");
        ActionItem closed = fixture.item(meeting, tag + " batal", past, "Kanim Serang");
        statuses.cancel(closed.getId(), closed.getVersion(), "Tidak relevan");
        fixture.item(meeting, tag + " instansi lain", past, "Pemkab Serang");

        fixture.loginAs("penghubung.imigrasi");
        List<ActionItemSummary> ours = service.listOurs(PageRequest.of(0, 1000));
        List<Long> ids = ours.stream().map(ActionItemSummary::id).toList();
        assertThat(ids).containsSubsequence(late.getId(), soon.getId(), closed.getId());
        assertThat(ours).allMatch(i -> i.responsibleAgency().equals("Kanim Serang"));
        assertThat(ours.stream().takeWhile(i -> i.status().isOpen()).count())
                .isEqualTo(ours.stream().filter(i -> i.status().isOpen()).count());
        assertThat(service.countOurs()).isEqualTo(ours.size());
    }

    @Test
    void each_user_keeps_one_saved_filter() {
        fixture.loginAs("pimpinan");
        ActionItemFilter wanted = new ActionItemFilter(fixture.agency("Kanim Serang").getId(), null,
                ActionItemStatus.IN_PROGRESS, true, NationalStrategy.PREVENTION, LocalDate.of(2031, 1, 1), null, null,
                "36.04", "sosialisasi");
        savedFilters.save(wanted);
        savedFilters.save(wanted.withText("pendataan"));
        assertThat(savedFilters.load()).contains(wanted.withText("pendataan"));
        fixture.loginAs("penghubung.disnaker");
        assertThat(savedFilters.load()).isEmpty();
        fixture.loginAs("pimpinan");
        savedFilters.clear();
        assertThat(savedFilters.load()).isEmpty();
    }
}
