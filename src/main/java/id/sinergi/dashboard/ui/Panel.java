package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import id.sinergi.dashboard.DashboardFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * A card of the dashboard: a title with the panel's Excel export(s) beside it (filled by {@link DashboardExport} beans),
 * then the content. The title labels the section for screen readers. Title, exports and content are the section's own
 * children, laid out by the stylesheet (no wrapper elements: every component costs server memory per open dashboard).
 */
class Panel extends Section {

    private static final String EXPORT_CLASS = "sinergi-panel-export";
    private final DashboardPanel kind;
    private final H3 heading;
    private final List<Component> exports = new ArrayList<>();

    Panel(DashboardPanel kind, String id, String title, Component... content) {
        this.kind = kind;
        setId(id);
        addClassNames("sinergi-card", "sinergi-dashboard-panel");
        heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        add(content);
    }

    void setHeading(String title) {
        heading.setText(title);
    }

    /** The matching Excel export(s) for the current filter, right after the title, replacing the previous ones. */
    void showExports(List<DashboardExport> providers, DashboardFilter filter) {
        exports.forEach(this::remove);
        exports.clear();
        providers.forEach(p -> p.exportFor(kind, filter).ifPresent(exports::add));
        for (int i = 0; i < exports.size(); i++) {
            Component export = exports.get(i);
            export.getElement().getClassList().add(EXPORT_CLASS);
            addComponentAtIndex(1 + i, export);
        }
    }
}
