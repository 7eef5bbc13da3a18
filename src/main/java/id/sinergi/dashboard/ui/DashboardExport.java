package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Component;
import id.sinergi.base.ui.UiExtensionPoint;
import id.sinergi.dashboard.DashboardFilter;
import java.util.Optional;

/**
 * Extension point for the Excel exports (issue 8, the exports feature): a Spring bean implementing it puts a download
 * control in a panel's header, for the dashboard's current filter (the progress report for the figures, agencies and
 * overdue panels; the Desa Binaan roster for the villages panel). Asked again whenever the filter changes.
 */
@UiExtensionPoint
public interface DashboardExport {

    /** The download control for the panel and filter, or empty when this export does not match the panel. */
    Optional<Component> exportFor(DashboardPanel panel, DashboardFilter filter);
}
