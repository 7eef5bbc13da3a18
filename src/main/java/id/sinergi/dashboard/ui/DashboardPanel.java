package id.sinergi.dashboard.ui;

import id.sinergi.base.ui.UiExtensionPoint;

/** The dashboard's panels, named for {@link DashboardExport}: each may offer its matching Excel export. */
@UiExtensionPoint
public enum DashboardPanel {
    FIGURES, AGENCIES, TREND, OVERDUE, COMING, VILLAGES
}
