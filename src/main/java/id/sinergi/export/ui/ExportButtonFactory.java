package id.sinergi.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.export.ActionPlanExport;
import id.sinergi.export.ProgressReportExport;
import id.sinergi.export.RosterExport;
import id.sinergi.region.RegionService;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Makes the export buttons; every role may export (they all read these data), the services check it again. */
@Component
class ExportButtonFactory implements ExportButtons {

    private final ActionPlanExport actionPlan;
    private final ProgressReportExport progressReport;
    private final RosterExport roster;
    private final AgencyService agencies;
    private final ImmigrationOfficeService offices;
    private final RegionService regions;
    private final TaskExecutor executor;

    ExportButtonFactory(ActionPlanExport actionPlan, ProgressReportExport progressReport, RosterExport roster,
                        AgencyService agencies, ImmigrationOfficeService offices, RegionService regions,
                        @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.actionPlan = actionPlan;
        this.progressReport = progressReport;
        this.roster = roster;
        this.agencies = agencies;
        this.offices = offices;
        this.regions = regions;
        this.executor = executor;
    }

    @Override
    public Button actionPlan(Supplier<ActionItemFilter> filter) {
        return button("export.button.matrix", "export-matrix", () -> {
            ActionItemFilter chosen = filter.get();
            Locale locale = UI.getCurrent().getLocale();
            new ExportDialog(actionPlan.fileName(chosen, locale),
                    (out, progress) -> actionPlan.write(chosen, locale, out, progress), executor).open();
        });
    }

    @Override
    public Button progressReport(Supplier<ActionItemFilter> startingFrom) {
        return button("export.button.progress", "export-progress", () -> {
            ActionItemFilter start = startingFrom.get();
            String region = start.regionCode() == null ? null : regions.pathOf(start.regionCode()).orElse(start.regionCode());
            new ProgressReportDialog(start, region, agencies.listActive(), offices.listKanwils(), chosen -> {
                Locale locale = UI.getCurrent().getLocale();
                new ExportDialog(progressReport.fileName(chosen, locale),
                        (out, progress) -> progressReport.write(chosen, locale, out, progress), executor).open();
            }).open();
        });
    }

    @Override
    public Button roster(Supplier<RosterFilter> filter) {
        return button("export.button.roster", "export-roster", () -> {
            RosterFilter chosen = filter.get();
            new QuarterDialog(quarter -> {
                Locale locale = UI.getCurrent().getLocale();
                new ExportDialog(roster.fileName(quarter, locale),
                        (out, progress) -> roster.write(chosen, quarter, locale, out, progress), executor).open();
            }).open();
        });
    }

    private static Button button(String textKey, String id, Runnable onClick) {
        Button button = new Button(UI.getCurrent().getTranslation(textKey), VaadinIcon.FILE_TABLE.create());
        button.setId(id);
        button.addClickListener(e -> onClick.run());
        return button;
    }
}
