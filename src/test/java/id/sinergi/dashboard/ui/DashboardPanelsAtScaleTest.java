package id.sinergi.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.sinergi.KaribuTest;
import id.sinergi.dashboard.AgencyProgress;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.OfficeVillages;
import id.sinergi.dashboard.StatusCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The agencies chart and the Desa Binaan table with national numbers of rows: readable, and small on the server. */
class DashboardPanelsAtScaleTest extends KaribuTest {

    private static final DashboardFilter YEAR = new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            "36");

    private static List<AgencyProgress> agencies(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> new AgencyProgress(i, "Instansi " + i, "Instansi " + i,
                new StatusCounts(i, 1, 1, count - i, 0))).toList();
    }

    private static List<OfficeVillages> offices(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> new OfficeVillages(100L, "Kanwil Banten", i, "Kanim " + i,
                3, i % 2 == 0 ? 0 : 4, i % 2 == 0 ? 0 : 40, 2)).toList();
    }

    @Test
    void hundreds_of_agencies_show_the_worst_fifteen_and_say_how_many_there_are() {
        useLanguage("id");
        AgencyChart chart = new AgencyChart();
        UI.getCurrent().add(chart);

        chart.show(agencies(600), YEAR);

        assertThat(chart.chart.getLabels()).hasSize(AgencyChart.AGENCIES_SHOWN).startsWith("Instansi 1", "Instansi 2");
        assertThat(org.jsoup.Jsoup.parseBodyFragment("<table>" + chart.chart.getTableHtml() + "</table>")
                .select("tbody tr")).hasSize(AgencyChart.AGENCIES_SHOWN);
        assertThat(chart.more.isVisible()).isTrue();
        assertThat(chart.more.getElement().getTextRecursively()).contains("15 instansi", "dari 600");
        Anchor all = (Anchor) chart.more.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(all.getHref()).startsWith("action-items?").contains("region=36").doesNotContain("agency=");
    }

    @Test
    void a_few_agencies_are_all_shown_without_the_sentence() {
        AgencyChart chart = new AgencyChart();
        UI.getCurrent().add(chart);

        chart.show(agencies(4), YEAR);

        assertThat(chart.chart.getLabels()).hasSize(4);
        assertThat(chart.more.isVisible()).isFalse();
    }

    @Test
    void a_national_villages_table_scrolls_and_draws_its_badge_from_row_properties() {
        useLanguage("en");
        VillagesTable table = new VillagesTable();
        UI.getCurrent().add(table);

        table.show(offices(150));

        assertThat(table.grid.isAllRowsVisible()).isFalse();
        assertThat(table.grid.getHeight()).isEqualTo(VillagesTable.SCROLL_HEIGHT);
        var badge = (com.vaadin.flow.data.renderer.LitRenderer<OfficeVillages>) table.grid.getColumns()
                .getLast().getRenderer();
        assertThat(badge.getValueProviders()).containsOnlyKeys("label");
        assertThat(badge.getValueProviders().get("label").apply(offices(2).get(1))).isEqualTo(text("dashboard.villages.inactive"));
        assertThat(badge.getValueProviders().get("label").apply(offices(2).get(0))).isEqualTo("");

        table.show(offices(3));
        assertThat(table.grid.isAllRowsVisible()).isTrue();
        assertThat(table.grid.getHeight()).isNull();
    }
}
