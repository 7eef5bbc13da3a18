package id.sinergi.dashboard.ui;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A {@link ShortTable} as the browser parses its HTML. */
final class ShortTableHtml {

    private ShortTableHtml() {
    }

    /** The body rows: each cell's text. */
    static List<List<String>> rows(ShortTable<?> table) {
        return body(table).select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList())
                .toList();
    }

    /** The links of the body rows, in order. */
    static List<String> links(ShortTable<?> table) {
        return body(table).select("tbody a").eachAttr("href");
    }

    private static Element body(ShortTable<?> table) {
        return Jsoup.parseBodyFragment(table.getElement().getProperty("innerHTML", "")).body();
    }
}
