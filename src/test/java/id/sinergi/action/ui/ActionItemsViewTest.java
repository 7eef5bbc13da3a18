package id.sinergi.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.sinergi.action.ActionItemFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import id.sinergi.KaribuTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemSummary;
import id.sinergi.action.SavedFilterService;
import id.sinergi.meeting.Meeting;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lists: all items with filters and a saved filter, overdue marking, and the liaison's own list as home. */
class ActionItemsViewTest extends KaribuTest {

    @Autowired
    ActionItemFixture fixture;
    @Autowired
    ActionItemService service;
    @Autowired
    SavedFilterService savedFilters;

    @AfterEach
    void forgetSavedFilter() {
        login("pimpinan");
        savedFilters.clear();
    }

    @Test
    void overdue_items_carry_a_warning_text_and_a_row_style() {
        String tag = unique("Pendataan terlambat");
        LocalDate past = ActionItemService.today().minusMonths(2);
        Meeting meeting = fixture.meeting("Rakor " + tag, past);
        fixture.item(meeting, tag, past.plusDays(7), "Pemkab Serang");
        fixture.item(meeting, tag + " nanti", ActionItemService.today().plusDays(30), "Pemkab Serang");
        login("pimpinan");
        UI.getCurrent().navigate(ActionItemsView.class);
        ActionItemsView view = _get(ActionItemsView.class);
        _setValue(view.filters.text, tag);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 rencana aksi");
        assertThat(cell(view, 0, "dueDate", "overdue")).isEqualTo(text("actionItems.overdue"));
        assertThat(cell(view, 1, "dueDate", "overdue")).isEqualTo("");
        assertThat(cell(view, 0, "status", "status")).isEqualTo(text(GridKt._get(view.grid, 0).status().messageKey()));
        assertThat(view.grid.getPartNameGenerator().apply(GridKt._get(view.grid, 0))).isEqualTo("overdue");
        assertThat(view.grid.getPartNameGenerator().apply(GridKt._get(view.grid, 1))).isNull();

        _setValue(view.filters.overdue, true);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(H2.class, s -> s.withId("item-heading")).getText()).endsWith(tag);
    }

    @Test
    void a_saved_filter_is_shown_again_when_the_user_comes_back() {
        login("pimpinan");
        UI.getCurrent().navigate(ActionItemsView.class);
        ActionItemsView view = _get(ActionItemsView.class);
        _setValue(view.filters.text, "sosialisasi");
        _setValue(view.filters.overdue, true);
        _setValue(view.filters.responsible, fixture.agency("Disnakertrans Kab. Serang"));
        _click(view.saveFilter);

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ActionItemsView.class);
        ActionItemsView again = _get(ActionItemsView.class);
        assertThat(again.filters.text.getValue()).isEqualTo("sosialisasi");
        assertThat(again.filters.overdue.getValue()).isTrue();
        assertThat(again.filters.responsible.getValue().getAbbreviation()).isEqualTo("Disnakertrans Kab. Serang");

        login("koordinator");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ActionItemsView.class);
        assertThat(_get(ActionItemsView.class).filters.text.getValue()).isEmpty();
    }

    @Test
    void a_liaison_lands_on_their_agencys_items_overdue_first() {
        String tag = unique("Milik Kanim");
        LocalDate past = ActionItemService.today().minusMonths(1);
        Meeting meeting = fixture.meeting("Rakor " + tag, past);
        fixture.item(meeting, tag + " segera", ActionItemService.today().plusDays(2), "Kanim Serang");
        ActionItem late = fixture.item(meeting, tag + " terlambat", past.plusDays(3), "Kanim Serang");
        login("penghubung.imigrasi");
        UI.getCurrent().navigate("");
        OurItemsView view = _get(OurItemsView.class);
        int rows = GridKt._size(view.grid);
        assertThat(rows).isGreaterThanOrEqualTo(2);
        var shown = GridKt._fetch(view.grid, 0, rows);
        assertThat(shown).allMatch(i -> i.responsibleAgency().equals("Kanim Serang"));
        List<String> activities = shown.stream().map(ActionItemSummary::activity).toList();
        assertThat(activities.indexOf(late.getActivity())).isLessThan(activities.indexOf(tag + " segera"));
        assertThat(shown.getFirst().isOverdueOn(ActionItemService.today())).isTrue();
    }

    @Test
    void other_roles_keep_their_home_page() {
        login("koordinator");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, s -> s.withId("home-greeting")).getText()).contains("Ratna Wulandari");
    }

    /** What the browser receives for one property of a cell drawn from row properties (LitRenderer). */
    private static Object cell(ActionItemsView view, int row, String column, String property) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<ActionItemSummary>) view.grid.getColumnByKey(column).getRenderer();
        return renderer.getValueProviders().get(property).apply(GridKt._get(view.grid, row));
    }
}
