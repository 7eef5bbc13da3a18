package id.sinergi.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A chart drawn in the browser by Chart.js (MIT, from npm): labels and series in, clicks out ({@link ChartClickEvent}).
 * Besides colour, each series has a {@link FillPattern} and bars carry their values as text. The same data is in a data
 * table inside the element that screen readers read instead of the canvas (visually hidden); its row labels can link to
 * the same place a click on the bar opens, so the drill-down works from the keyboard too. Numbers follow the UI locale.
 * The table is one element whose contents are written as escaped HTML, not a component per cell: a dashboard with two
 * charts kept some 230 server-side nodes per user for them.
 */
@Tag("sinergi-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./sinergi-chart.js")
public class Chart extends Component implements HasSize {

    /** What the browser receives: the series with their values already formatted in the user's locale. */
    record Data(ChartKind kind, List<String> labels, List<SeriesData> series, boolean clickable, String locale) {
    }

    record SeriesData(String name, List<Long> values, List<String> formatted, String color, FillPattern pattern) {
    }

    private final ChartKind kind;
    private final String title;
    private final Element table = new Element("table");
    private String tableHtml = "";
    private List<String> labels = List.of();
    private List<ChartSeries> series = List.of();
    private IntFunction<String> labelLink;
    private boolean clickable;

    /** @param title what the chart shows: the data table's caption and the accessible name */
    public Chart(ChartKind kind, String title) {
        this.kind = kind;
        this.title = title;
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", title);
        getElement().appendChild(table);
        setWidthFull();
        setHeight("18rem");
    }

    /** Shows new data; every series needs one value per label. */
    public void setData(List<String> labels, List<ChartSeries> series) {
        for (ChartSeries s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        refresh();
    }

    /** Row labels of the data table become links to the given address (the one a click on that label's bar opens). */
    public void setLabelLink(IntFunction<String> link) {
        this.labelLink = link;
        refresh();
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        clickable = true;
        refresh();
        return addListener(ChartClickEvent.class, listener);
    }

    public ChartKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<ChartSeries> getSeries() {
        return series;
    }

    /**
     * The screen-reader alternative as the browser receives it (the inside of the {@code <table>}): caption, a header row
     * of series names, one row per label, every text escaped.
     */
    public String getTableHtml() {
        return tableHtml;
    }

    private void refresh() {
        Locale locale = getLocale() == null ? Locale.getDefault() : getLocale();
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        List<SeriesData> data = new ArrayList<>();
        for (ChartSeries s : series) {
            data.add(new SeriesData(s.name(), s.values(), s.values().stream().map(format::format).toList(), s.color(),
                    s.pattern()));
        }
        // JSON text rather than a JSON tree: one string per chart in the session instead of a node per value
        getElement().setProperty("data", JacksonUtils.beanToJson(new Data(kind, labels, data, clickable,
                locale.toLanguageTag())).toString());
        fillTable(format);
    }

    private void fillTable(NumberFormat format) {
        org.jsoup.nodes.Element html = new org.jsoup.nodes.Element("table");
        html.appendElement("caption").text(title);
        org.jsoup.nodes.Element head = html.appendElement("thead").appendElement("tr");
        head.appendElement("th");
        series.forEach(s -> head.appendElement("th").attr("scope", "col").text(s.name()));
        org.jsoup.nodes.Element body = html.appendElement("tbody");
        for (int i = 0; i < labels.size(); i++) {
            org.jsoup.nodes.Element row = body.appendElement("tr");
            org.jsoup.nodes.Element label = row.appendElement("th").attr("scope", "row")
                    .addClass("sinergi-chart-label");
            if (labelLink == null) {
                label.text(labels.get(i));
            } else {
                label.appendElement("a").attr("href", labelLink.apply(i)).text(labels.get(i));
            }
            for (ChartSeries s : series) {
                row.appendElement("td").text(format.format(s.values().get(i)));
            }
        }
        tableHtml = html.html();
        table.setProperty("innerHTML", tableHtml);
    }
}
