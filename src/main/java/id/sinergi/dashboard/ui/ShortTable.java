package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * A short table (the dashboard's lists of at most ten rows, given at once) written as escaped HTML into one element. A
 * grid kept a data communicator, a key per row, its columns and their listeners on the server for every user with the
 * dashboard open; this keeps one string. A link cell is a plain link, which Vaadin's router follows inside the app.
 * Every text is escaped (it is user input: activity and meeting titles).
 */
class ShortTable<T> extends Composite<Div> {

    private record Column<T>(String header, Function<T, String> text, Function<T, String> href, String className) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    ShortTable(String id) {
        getContent().setId(id);
        getContent().addClassName("sinergi-short-table");
    }

    ShortTable<T> column(String header, Function<T, String> text) {
        return column(header, text, null);
    }

    /** A column whose cells carry a CSS class, e.g. {@code sinergi-late} for days late. */
    ShortTable<T> column(String header, Function<T, String> text, String className) {
        columns.add(new Column<>(header, text, null, className));
        return this;
    }

    /** A column whose cells link to {@code href} of the row. */
    ShortTable<T> link(String header, Function<T, String> href, Function<T, String> text) {
        columns.add(new Column<>(header, text, href, null));
        return this;
    }

    /** Shows the rows (hidden when there are none). */
    void show(List<T> rows) {
        Element table = new Element("table");
        Element head = table.appendElement("thead").appendElement("tr");
        columns.forEach(c -> head.appendElement("th").attr("scope", "col").text(c.header()));
        Element body = table.appendElement("tbody");
        for (T row : rows) {
            Element tr = body.appendElement("tr");
            for (Column<T> c : columns) {
                Element cell = tr.appendElement("td");
                if (c.className() != null) {
                    cell.addClass(c.className());
                }
                String text = c.text().apply(row);
                (c.href() == null ? cell : cell.appendElement("a").attr("href", c.href().apply(row)))
                        .text(text == null ? "" : text);
            }
        }
        getContent().getElement().setProperty("innerHTML", table.outerHtml());
        setVisible(!rows.isEmpty());
    }
}
