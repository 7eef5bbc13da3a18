package id.sinergi.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The dashboard's short tables: what the browser gets is one table whose every text is escaped. */
class ShortTableTest {

    private record Row(long id, String title, String agency) {
    }

    private static ShortTable<Row> table() {
        return new ShortTable<Row>("t").link("Kegiatan", r -> "action-items/" + r.id(), Row::title)
                .column("Penanggung jawab", Row::agency, "sinergi-late");
    }

    @Test
    void titles_are_text_links_never_markup_and_empty_cells_keep_their_place() {
        ShortTable<Row> table = table();
        table.show(List.of(new Row(7, "<img src=x onerror=alert(1)> & \"kutip\"", null), new Row(8, "Sosialisasi", "BP3MI")));

        assertThat(ShortTableHtml.rows(table)).containsExactly(List.of("<img src=x onerror=alert(1)> & \"kutip\"", ""),
                List.of("Sosialisasi", "BP3MI"));
        assertThat(ShortTableHtml.links(table)).containsExactly("action-items/7", "action-items/8");
        var html = Jsoup.parseBodyFragment(table.getElement().getProperty("innerHTML")).body();
        assertThat(html.select("img")).isEmpty();
        assertThat(html.children()).hasSize(1);
        assertThat(html.select("th[scope=col]").eachText()).containsExactly("Kegiatan", "Penanggung jawab");
        assertThat(html.select("td.sinergi-late")).hasSize(2);
        assertThat(table.isVisible()).isTrue();
    }

    @Test
    void no_rows_hide_the_table() {
        ShortTable<Row> table = table();
        table.show(List.of());
        assertThat(table.isVisible()).isFalse();
        assertThat(ShortTableHtml.rows(table)).isEmpty();
    }
}
