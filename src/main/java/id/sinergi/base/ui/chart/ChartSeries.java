package id.sinergi.base.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: its name (legend and table column), one value per chart label, a CSS colour and a pattern.
 */
public record ChartSeries(String name, List<Long> values, String color, FillPattern pattern) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Objects.requireNonNull(color, "color");
        pattern = pattern == null ? FillPattern.SOLID : pattern;
    }
}
