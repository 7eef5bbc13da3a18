package id.sinergi.dashboard.ui;

/** The dashboard's panels, named for {@link DashboardExport}: each may offer its matching Excel export. */
public enum DashboardPanel {
    FIGURES, AGENCIES, TREND, OVERDUE, COMING, VILLAGES
}
