package id.sinergi.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChartTest extends KaribuTest {

    private static final List<String> AGENCIES = List.of("Kanim Serang", "Disnakertrans");

    private Chart chart() {
        Chart chart = new Chart(ChartKind.HORIZONTAL_STACKED_BARS, "Kemajuan per instansi");
        chart.setData(AGENCIES, List.of(
                new ChartSeries("Selesai", List.of(1234L, 0L), "#009E73", FillPattern.SOLID),
                new ChartSeries("Terlambat", List.of(3L, 7L), "#D55E00", FillPattern.CROSSHATCH)));
        UI.getCurrent().add(chart);
        return chart;
    }

    @Test
    void the_data_table_for_screen_readers_holds_every_value_in_the_users_locale() {
        useLanguage("id");
        Chart chart = chart();

        Element table = table(chart);
        assertThat(table.selectFirst("caption").text()).isEqualTo("Kemajuan per instansi");
        assertThat(cells(table.selectFirst("thead tr"))).containsExactly("", "Selesai", "Terlambat");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly("Kanim Serang", "1.234", "3");
        assertThat(cells(rows.get(1))).containsExactly("Disnakertrans", "0", "7");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Kemajuan per instansi");
    }

    @Test
    void the_browser_receives_labels_series_patterns_and_formatted_values() {
        useLanguage("en");
        Chart chart = chart();
        String json = chart.getElement().getPropertyRaw("data").toString();
        assertThat(json).contains("\"HORIZONTAL_STACKED_BARS\"", "\"Kanim Serang\"", "\"CROSSHATCH\"", "\"1,234\"",
                "\"#D55E00\"");
    }

    @Test
    void a_click_on_a_bar_reports_the_label_and_series() {
        Chart chart = chart();
        List<String> clicked = new ArrayList<>();
        chart.addChartClickListener(e -> clicked.add(e.getLabel() + "/" + e.getSeries()));

        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, 1, 0));

        assertThat(clicked).containsExactly("Disnakertrans/0");
        assertThat(chart.getElement().getPropertyRaw("data").toString()).contains("\"clickable\":true");
    }

    @Test
    void row_labels_link_to_the_drill_down_so_it_works_without_a_mouse() {
        Chart chart = chart();
        chart.setLabelLink(i -> "action-items?agency=" + (i + 10));

        Element link = table(chart).select("tbody tr").get(1).selectFirst("th[scope=row] > a");
        assertThat(link.attr("href")).isEqualTo("action-items?agency=11");
        assertThat(link.text()).isEqualTo("Disnakertrans");
    }

    @Test
    void labels_are_written_as_text_never_as_markup_and_the_table_is_one_node_on_the_server() {
        Chart chart = new Chart(ChartKind.HORIZONTAL_STACKED_BARS, "Kemajuan <per> instansi");
        chart.setData(List.of("<img src=x onerror=alert(1)>", "A & B"), List.of(
                new ChartSeries("Selesai", List.of(1L, 2L), "#009E73", FillPattern.SOLID)));
        UI.getCurrent().add(chart);

        Element table = table(chart);
        assertThat(table.select("img")).isEmpty();
        assertThat(table.select("tbody th").eachText()).containsExactly("<img src=x onerror=alert(1)>", "A & B");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Kemajuan <per> instansi");
        assertThat(chart.getElement().getChildCount()).isEqualTo(1);
        assertThat(chart.getElement().getChild(0).getChildCount()).isZero();
        assertThat(chart.getElement().getChild(0).getProperty("innerHTML")).isEqualTo(chart.getTableHtml());
    }

    @Test
    void a_series_with_a_value_missing_is_refused() {
        Chart chart = new Chart(ChartKind.LINES, "Tren");
        assertThatThrownBy(() -> chart.setData(AGENCIES, List.of(
                new ChartSeries("Jatuh tempo", List.of(1L), "#0072B2", FillPattern.SOLID))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The data table as the browser builds it from what the server sends. */
    static Element table(Chart chart) {
        return Jsoup.parseBodyFragment("<table>" + chart.getTableHtml() + "</table>").selectFirst("table");
    }

    private static List<String> cells(Element row) {
        return row.children().stream().map(Element::text).toList();
    }
}
