package id.sinergi.base.ui.chart;

/** How a chart draws its series. */
public enum ChartKind {
    /** Side-by-side vertical bars, one group per label. */
    BARS,
    /** One horizontal bar per label, the series stacked along it (parts of a whole). */
    HORIZONTAL_STACKED_BARS,
    /** One line per series over the labels (a trend). */
    LINES
}
