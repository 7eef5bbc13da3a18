package id.sinergi.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a bar or point: which label (category) and which series were clicked, both 0-based. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final int index;
    private final int series;

    public ChartClickEvent(Chart source, boolean fromClient, @EventData("event.detail.index") int index,
                           @EventData("event.detail.series") int series) {
        super(source, fromClient);
        this.index = index;
        this.series = series;
    }

    public int getIndex() {
        return index;
    }

    public int getSeries() {
        return series;
    }

    /** The label that was clicked. */
    public String getLabel() {
        return getSource().getLabels().get(index);
    }
}
