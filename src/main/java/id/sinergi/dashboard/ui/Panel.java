package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import id.sinergi.dashboard.DashboardFilter;
import java.util.List;

/**
 * A card of the dashboard: a title, the place for the panel's Excel export (filled by {@link DashboardExport} beans) and
 * the content. The title labels the section for screen readers.
 */
class Panel extends Section {

    private final DashboardPanel kind;
    private final Div exports = new Div();
    private final H3 heading;

    Panel(DashboardPanel kind, String id, String title, Component... content) {
        this.kind = kind;
        setId(id);
        addClassNames("sinergi-card", "sinergi-dashboard-panel");
        heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        exports.addClassName("sinergi-panel-export");
        Div header = new Div(heading, exports);
        header.addClassName("sinergi-panel-header");
        add(header);
        add(content);
    }

    void setHeading(String title) {
        heading.setText(title);
    }

    /** The matching Excel export(s) for the current filter: a clearly marked place, empty until an export fills it. */
    void showExports(List<DashboardExport> providers, DashboardFilter filter) {
        exports.removeAll();
        providers.forEach(p -> p.exportFor(kind, filter).ifPresent(exports::add));
    }
}
