package id.sinergi.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.dashboard.ui.DashboardExport;
import id.sinergi.dashboard.ui.DashboardPanel;
import id.sinergi.desabinaan.RosterFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard panels' Excel exports, each for what the panel shows under the dashboard's filter (period and
 * province): the progress report for the figures, the agencies and the overdue items (the report's "Terlambat" sheet);
 * for the trend the progress report of its twelve months; for the coming days the action plan matrix of the items due
 * in them; for the Desa Binaan the roster of the province's villages.
 */
@org.springframework.stereotype.Component
class DashboardExports implements DashboardExport {

    private final ExportButtons buttons;

    DashboardExports(ExportButtons buttons) {
        this.buttons = buttons;
    }

    @Override
    public Optional<Component> exportFor(DashboardPanel panel, DashboardFilter filter) {
        Button button = switch (panel) {
            case FIGURES, AGENCIES, OVERDUE -> buttons.progressReport(() -> items(filter, filter.from(), filter.to()));
            case TREND -> buttons.progressReport(() -> {
                YearMonth thisMonth = YearMonth.from(DashboardService.today());
                return items(filter, thisMonth.minusMonths(DashboardService.TREND_MONTHS - 1).atDay(1),
                        thisMonth.atEndOfMonth());
            });
            case COMING -> buttons.actionPlan(() -> {
                LocalDate today = DashboardService.today();
                return items(filter, today, today.plusDays(DashboardService.SOON_DAYS));
            });
            case VILLAGES -> buttons.roster(() -> new RosterFilter(null, null, null, null, filter.provinceCode(), null,
                    null));
        };
        button.setId("dashboard-export-" + panel.name().toLowerCase(Locale.ROOT));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return Optional.of(button);
    }

    private static ActionItemFilter items(DashboardFilter filter, LocalDate from, LocalDate to) {
        return new ActionItemFilter(null, null, null, false, null, from, to, null, filter.provinceCode(), null);
    }
}
