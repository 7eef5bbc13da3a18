package id.sinergi.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.sinergi.KaribuTest;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.agency.AgencyService;
import id.sinergi.action.ui.OurItemsView;
import id.sinergi.base.ui.chart.ChartClickEvent;
import id.sinergi.dashboard.DashboardFixture;
import id.sinergi.dashboard.DashboardFixture.Area;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.dashboard.KanwilArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard as each role sees it: figures of known data, drill-down to the items, the liaison's home. */
class DashboardViewTest extends KaribuTest {

    private static final LocalDate TODAY = DashboardService.today();

    @Autowired
    DashboardFixture fixture;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    AgencyService agencies;

    /** Known items in a province of their own: 2 done, 1 in progress, 1 not started, 3 overdue (one carried over). */
    private Area known(String province, String name) {
        Area area = fixture.area(province, name);
        long first = fixture.meeting(area.kanwil(), TODAY.minusDays(60).atTime(9, 0), "FINAL");
        long next = fixture.meeting(area.kanwil(), TODAY.minusDays(20).atTime(9, 0), "HELD");
        fixture.item(first, null, area.dinas(), "DONE", TODAY.minusDays(30), TODAY.minusDays(31));
        fixture.item(first, null, area.kanimA(), "DONE", TODAY.minusDays(25), TODAY.minusDays(25));
        fixture.item(first, null, area.kanimA(), "IN_PROGRESS", TODAY.plusDays(40), null);
        fixture.item(next, null, area.kanimA(), "NOT_STARTED", TODAY.plusDays(10), null);
        fixture.item(first, next, area.dinas(), "IN_PROGRESS", TODAY.minusDays(45), null);
        fixture.item(first, null, area.dinas(), "NOT_STARTED", TODAY.minusDays(12), null);
        fixture.item(next, null, area.kanimB(), "NOT_STARTED", TODAY.minusDays(2), null);
        return area;
    }

    private DashboardView openFilteredTo(Area area, String user) {
        login(user);
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        @SuppressWarnings("unchecked")
        ComboBox<KanwilArea> areas = _get(ComboBox.class, s -> s.withId("dashboard-filter-area"));
        _setValue(areas, areas.getListDataView().getItems()
                .filter(a -> a.provinceCode().equals(area.province())).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withId("dashboard-filter-from")), TODAY.minusDays(90));
        _setValue(_get(DatePicker.class, s -> s.withId("dashboard-filter-to")), TODAY.plusDays(90));
        return view;
    }

    /** A figure as the browser shows it: the tiles are one element's HTML, parsed as the browser parses it. */
    private static String figure(String name) {
        return tiles().getElementById("figure-" + name).text();
    }

    private static org.jsoup.nodes.Element tiles() {
        return org.jsoup.Jsoup.parseBodyFragment(_get(Div.class, s -> s.withId("dashboard-figures")).getElement()
                .getProperty("innerHTML")).body();
    }

    @Test
    void leadership_sees_the_figures_of_the_chosen_kanwil_each_item_once() {
        Area area = known("17", "Bengkulu");
        DashboardView view = openFilteredTo(area, "pimpinan");

        assertThat(figure("total")).isEqualTo("7");
        assertThat(figure("done")).isEqualTo("2");
        assertThat(figure("inProgress")).isEqualTo("1");
        assertThat(figure("notStarted")).isEqualTo("1");
        assertThat(figure("overdue")).isEqualTo("3");
        assertThat(tiles().getElementById("figure-overdue").parent().hasClass("sinergi-figure-alert")).isTrue();
        assertThat(tiles().getElementById("figure-done").parent().hasClass("sinergi-figure-alert")).isFalse();
        assertThat(figure("percentDone")).isEqualTo("28%");
        assertThat(figure("meetingsHeld")).isEqualTo("2");
        assertThat(view.agencies.chart.getLabels()).hasSize(3);
        assertThat(view.agencies.chart.getLabels().getFirst()).startsWith("Disnaker Uji"); // 2 overdue: worst first
        assertThat(view.agencies.chart.getSeries()).extracting(series -> series.values().getFirst())
                .containsExactly(1L, 0L, 0L, 2L);
    }

    @Test
    void a_panel_without_data_says_so_in_a_sentence_and_the_sentence_goes_when_data_comes() {
        Area empty = fixture.area("62", "Kalimantan Tengah");
        Area known = known("63", "Kalimantan Selatan");
        DashboardView view = openFilteredTo(empty, "pimpinan");

        assertThat(_get(Paragraph.class, s -> s.withId("dashboard-agencies-empty")).getText())
                .isEqualTo("Tidak ada rencana aksi yang jatuh tempo dalam periode ini.");
        assertThat(_get(Paragraph.class, s -> s.withId("dashboard-overdue-grid-empty")).isVisible()).isTrue();
        assertThat(view.overdue.table.isVisible()).isFalse();

        view = openFilteredTo(known, "pimpinan");
        assertThat(_find(Paragraph.class, s -> s.withId("dashboard-overdue-grid-empty"))).isEmpty();
        assertThat(view.overdue.table.isVisible()).isTrue();
    }

    @Test
    void the_region_count_adds_the_items_placed_in_it_and_the_items_of_its_agencies() {
        Area area = known("64", "Kalimantan Timur"); // 7 items without a region of their own, agencies inside "64"
        Area elsewhere = fixture.area("65", "Kalimantan Utara");
        login("admin");
        long meeting = fixture.meeting(elsewhere.kanwil(), TODAY.minusDays(5).atTime(9, 0), "HELD");
        var placed = actionItems.get(fixture.item(meeting, null, elsewhere.dinas(), "NOT_STARTED", TODAY.plusDays(5),
                null));
        placed.setRegionCode(area.province() + ".01");
        actionItems.update(placed);

        ActionItemFilter inArea = ActionItemFilter.ALL.withRegionCode(area.province());
        assertThat(actionItems.countUpTo(inArea, 100)).isEqualTo(8).isEqualTo(actionItems.count(inArea));
        assertThat(actionItems.countUpTo(inArea, 1)).isEqualTo(1);
        assertThat(actionItems.countUpTo(inArea, 5)).isEqualTo(5);
        assertThat(actionItems.countUpTo(ActionItemFilter.ALL.withRegionCode(elsewhere.province()), 100)).isZero();
    }

    @Test
    void the_most_overdue_items_show_dates_and_days_late_in_the_users_language() {
        Area area = known("18", "Lampung");
        DashboardView view = openFilteredTo(area, "koordinator");

        List<List<String>> rows = ShortTableHtml.rows(view.overdue.table);
        assertThat(rows).hasSize(3);
        List<String> first = rows.getFirst();
        assertThat(first).contains(DashboardFormat.date(TODAY.minusDays(45), java.util.Locale.of("id", "ID")),
                "45 hari");
        assertThat(first.get(2)).matches("\\d{1,2} \\p{L}+ \\d{4}");
        assertThat(ShortTableHtml.links(view.overdue.table)).hasSize(3)
                .allMatch(href -> href.matches("action-items/\\d+"));

        useLanguage("en");
        UI.getCurrent().navigate("action-items"); // the texts are written when shown: a new dashboard, as after a reload
        view = openFilteredTo(area, "koordinator");
        assertThat(ShortTableHtml.rows(view.overdue.table).getFirst()).contains("45 days");
    }

    @Test
    void a_click_on_an_agency_bar_opens_the_items_of_that_agency_in_the_period_and_province() {
        Area area = known("19", "Kepulauan Bangka Belitung");
        DashboardView view = openFilteredTo(area, "pimpinan");
        String clicked = view.agencies.chart.getLabels().getFirst();

        ComponentUtil.fireEvent(view.agencies.chart, new ChartClickEvent(view.agencies.chart, true, 0, 3));

        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).startsWith("action-items?").contains("agency=" + area.dinas(),
                "dueFrom=" + TODAY.minusDays(90), "dueTo=" + TODAY.plusDays(90), "region=" + area.province());
        @SuppressWarnings("unchecked")
        ComboBox<id.sinergi.agency.Agency> responsible = _get(ComboBox.class, s -> s.withId("items-responsible"));
        assertThat(responsible.getValue().getAbbreviation()).isEqualTo(clicked);
        assertThat(_get(Span.class, s -> s.withId("items-total")).getText()).contains("3");
    }

    @Test
    void the_link_of_an_overdue_item_opens_its_page() {
        Area area = known("21", "Kepulauan Riau");
        DashboardView view = openFilteredTo(area, "admin");
        String activity = ShortTableHtml.rows(view.overdue.table).getFirst().getFirst();
        String link = ShortTableHtml.links(view.overdue.table).getFirst();

        UI.getCurrent().navigate(link);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(link);
        assertThat(_get(H2.class, s -> s.withId("item-heading")).getText()).endsWith(activity);
    }

    @Test
    void an_office_without_activity_this_quarter_stands_out_in_words() {
        Area area = fixture.area("31", "DKI Jakarta");
        long active = fixture.village(area.kanimA(), area.villageA());
        fixture.village(area.kanimB(), area.villageB());
        fixture.activity(active, TODAY, 7, 8);
        DashboardView view = openFilteredTo(area, "pimpinan");

        assertThat(GridKt._size(view.villages.grid)).isEqualTo(2);
        var rows = java.util.stream.IntStream.range(0, 2).mapToObj(i -> GridKt._getFormattedRow(view.villages.grid, i))
                .toList();
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(2, 6)).containsExactly("1", "1", "15", "0"));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(2, 6)).containsExactly("1", "0", "0", "0"));
        for (int i = 0; i < 2; i++) {
            var office = GridKt._get(view.villages.grid, i);
            assertThat(office.inactiveThisQuarter()).isEqualTo(office.officeId() == area.kanimB());
            assertThat(view.villages.grid.getPartNameGenerator().apply(office))
                    .isEqualTo(office.officeId() == area.kanimB() ? "inactive" : null);
        }
        assertThat(figure("villages")).isEqualTo("2");
        assertThat(figure("participants")).isEqualTo("15");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_next_to_the_field() {
        Area area = known("32", "Jawa Barat");
        openFilteredTo(area, "pimpinan");
        DatePicker to = _get(DatePicker.class, s -> s.withId("dashboard-filter-to"));

        _setValue(to, TODAY.minusDays(200));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo(text("dashboard.periodInvalid"));
        assertThat(figure("total")).isEqualTo("7");
    }

    @Test
    void a_liaison_is_taken_to_our_agencys_items_with_the_agencys_figures_on_top() {
        login("penghubung.disnaker");
        UI.getCurrent().navigate("");

        _get(OurItemsView.class);
        Div figures = _get(Div.class, s -> s.withId("our-agency-figures"));
        assertThat(figures.isVisible()).isTrue();
        long agency = agencies.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow().getId();
        long cancelled = actionItems.count(new ActionItemFilter(agency, null, ActionItemStatus.CANCELLED, false, null,
                null, null, null, null, null));
        assertThat(figure("total")).isEqualTo(String.valueOf(actionItems.countOurs() - cancelled));
        long overdue = actionItems.count(new ActionItemFilter(agency, null, null, true, null, null, null, null, null,
                null));
        assertThat(figure("overdue")).isEqualTo(String.valueOf(overdue));
    }
}
