package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import id.sinergi.base.ui.chart.Chart;
import id.sinergi.base.ui.chart.ChartKind;
import id.sinergi.base.ui.chart.ChartSeries;
import id.sinergi.base.ui.chart.FillPattern;
import id.sinergi.dashboard.MonthTrend;
import java.util.List;

/** Items due against items done per month over the last 12 months: two lines, told apart by dash and point shape too. */
class TrendChart extends Composite<Div> {

    static final String DUE = "#0072B2";

    final Chart chart;

    TrendChart() {
        chart = new Chart(ChartKind.LINES, getTranslation("dashboard.trend.title"));
        chart.setId("dashboard-trend-chart");
        getContent().add(chart);
    }

    void show(List<MonthTrend> trend) {
        chart.setData(trend.stream().map(m -> DashboardFormat.month(m.month(), getLocale())).toList(), List.of(
                new ChartSeries(getTranslation("dashboard.trend.due"), trend.stream().map(MonthTrend::due).toList(),
                        DUE, FillPattern.STRIPES),
                new ChartSeries(getTranslation("dashboard.trend.done"), trend.stream().map(MonthTrend::done).toList(),
                        AgencyChart.DONE, FillPattern.SOLID)));
    }
}
