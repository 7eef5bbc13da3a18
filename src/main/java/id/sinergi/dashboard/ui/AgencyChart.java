package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.base.ui.chart.Chart;
import id.sinergi.base.ui.chart.ChartKind;
import id.sinergi.base.ui.chart.ChartSeries;
import id.sinergi.base.ui.chart.FillPattern;
import id.sinergi.dashboard.AgencyProgress;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.StatusCounts;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One stacked bar per responsible agency (done, in progress, not started, overdue), worst first, at most
 * {@value #AGENCIES_SHOWN} of them: with hundreds of agencies nationwide a taller chart could not be read, and the rest are
 * named in a sentence that links to the whole list. A click on a bar, or on the agency's name in the chart's data table,
 * opens the action items list filtered to that agency, the period and the province.
 */
class AgencyChart extends Composite<Div> {

    static final String ITEMS_ROUTE = "action-items";
    /** Okabe-Ito colours (safe for colour-blind readers), each with its own pattern as well. */
    static final String DONE = "#009E73";
    static final String IN_PROGRESS = "#56B4E9";
    static final String NOT_STARTED = "#BBBBBB";
    static final String OVERDUE = "#D55E00";
    static final int AGENCIES_SHOWN = 15;
    private static final int BAR_HEIGHT_PX = 34;
    private static final int AXES_AND_LEGEND_PX = 90;

    final Chart chart;
    private final EmptyNote empty;
    final Paragraph more = new Paragraph();
    private List<AgencyProgress> agencies = List.of();
    private DashboardFilter filter;

    AgencyChart() {
        chart = new Chart(ChartKind.HORIZONTAL_STACKED_BARS, getTranslation("dashboard.agencies.title"));
        chart.setId("dashboard-agencies-chart");
        chart.addChartClickListener(e -> UI.getCurrent().navigate(ITEMS_ROUTE, queryFor(e.getIndex())));
        chart.setLabelLink(i -> ITEMS_ROUTE + "?" + queryFor(i).getQueryString());
        Paragraph hint = new Paragraph(getTranslation("dashboard.agencies.hint"));
        hint.addClassName("sinergi-hint");
        more.setId("dashboard-agencies-more");
        getContent().add(hint, chart, more);
        empty = new EmptyNote(more, "dashboard-agencies-empty", getTranslation("dashboard.agencies.empty"));
    }

    void show(List<AgencyProgress> all, DashboardFilter filter) {
        this.agencies = List.copyOf(all.subList(0, Math.min(all.size(), AGENCIES_SHOWN))); // not a view of all
        this.filter = filter;
        more.removeAll();
        boolean cut = all.size() > agencies.size();
        if (cut) {
            more.add(new Span(getTranslation("dashboard.agencies.more", agencies.size(), all.size()) + " "),
                    new Anchor(ITEMS_ROUTE + "?" + new QueryParameters(listFilter(null).toQueryParameters())
                            .getQueryString(), getTranslation("dashboard.agencies.allItems")));
        }
        more.setVisible(cut);
        chart.setData(agencies.stream().map(AgencyProgress::abbreviation).toList(), List.of(
                series("dashboard.figure.done", StatusCounts::done, DONE, FillPattern.SOLID),
                series("dashboard.figure.inProgress", StatusCounts::inProgress, IN_PROGRESS, FillPattern.STRIPES),
                series("dashboard.figure.notStarted", StatusCounts::notStarted, NOT_STARTED, FillPattern.DOTS),
                series("dashboard.figure.overdue", StatusCounts::overdue, OVERDUE, FillPattern.CROSSHATCH)));
        chart.setHeight(agencies.size() * BAR_HEIGHT_PX + AXES_AND_LEGEND_PX + "px");
        chart.setVisible(!agencies.isEmpty());
        empty.show(agencies.isEmpty());
    }

    /** The all-items list narrowed to the agency at {@code index} and to the dashboard's period and province. */
    QueryParameters queryFor(int index) {
        return new QueryParameters(listFilter(agencies.get(index).agencyId()).toQueryParameters());
    }

    private ActionItemFilter listFilter(Long agencyId) {
        return new ActionItemFilter(agencyId, null, null, false, null, filter.from(), filter.to(), null,
                filter.provinceCode(), null);
    }

    private ChartSeries series(String key, ToLongFunction<StatusCounts> value, String color, FillPattern pattern) {
        return new ChartSeries(getTranslation(key), agencies.stream().map(a -> value.applyAsLong(a.counts())).toList(),
                color, pattern);
    }
}
