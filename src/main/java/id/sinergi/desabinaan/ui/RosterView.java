package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficerService;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanRights;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.RosterRow;
import id.sinergi.desabinaan.RosterTotals;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.export.ui.ExportButtons;
import id.sinergi.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The Desa Binaan roster as a tree Kanwil → office → villages, with filters, totals and the dialogs of each line. */
@Route("desa-binaan")
@Menu(order = 40, title = "menu.desaBinaan", icon = "vaadin:home-o")
@PermitAll
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    private final DesaBinaanService service;
    private final VillageActivityService activityService;
    private final DesaBinaanRights rights;
    private final RegionService regionService;
    private final OfficerService officerService;
    private final List<Agency> offices;
    final RosterFilterBar filters;
    final TreeGrid<RosterNode> tree = new TreeGrid<>();
    final Span totals = new Span();
    final Button add = new Button();
    final Button edit = new Button();
    final Button end = new Button();
    final Button activities = new Button();
    final Button quarterTotals = new Button();
    final Button history = new Button();

    RosterView(DesaBinaanService service, VillageActivityService activityService, DesaBinaanRights rights,
               AgencyService agencyService, ImmigrationOfficeService officeService, RegionService regionService,
               OfficerService officerService, ExportButtons exports) {
        this.service = service;
        this.activityService = activityService;
        this.rights = rights;
        this.regionService = regionService;
        this.officerService = officerService;
        this.offices = agencyService.listActive();
        addClassName("sinergi-page");
        setSizeFull();
        filters = new RosterFilterBar(officeService, offices, regionService, this::load);
        RosterColumns.addTo(tree);
        tree.setSizeFull();
        tree.setId("roster-tree");
        tree.addSelectionListener(e -> updateButtons());
        totals.setId("roster-totals");
        add.setText(getTranslation("desabinaan.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("roster-add");
        add.setVisible(rights.canManageAssignments());
        add.addClickListener(e -> openAssignment(DesaBinaan.blank()));
        edit.setText(getTranslation("action.edit"));
        edit.setId("roster-edit");
        edit.addClickListener(e -> selected().ifPresent(r -> openAssignment(service.findById(r.assignment().getId())
                .orElseThrow())));
        end.setText(getTranslation("desabinaan.end"));
        end.setId("roster-end");
        end.addClickListener(e -> selected().ifPresent(r -> new EndAssignmentDialog(
                service.findById(r.assignment().getId()).orElseThrow(), r.villageName(), service, this::load).open()));
        activities.setText(getTranslation("villageActivity.open"));
        activities.setId("roster-activities");
        activities.addClickListener(e -> selected().ifPresent(r -> new ActivitiesDialog(r.assignment(), r.villageName(),
                activityService, rights.canManageActivitiesOf(r.assignment().getOffice().getId()), this::load).open()));
        history.setText(getTranslation("desabinaan.history.open"));
        history.setId("roster-history");
        history.addClickListener(e -> selected().ifPresent(r -> new AssignmentHistoryDialog(r.villageName(),
                service.history(r.assignment().getId())).open()));
        quarterTotals.setText(getTranslation("villageActivity.totals.title"));
        quarterTotals.setId("roster-quarter-totals");
        quarterTotals.addClickListener(e -> new QuarterTotalsDialog(activityService).open());
        HorizontalLayout actions = new HorizontalLayout(add, edit, end, activities, history, quarterTotals,
                exports.roster(filters::filter));
        add(filters, actions, totals, tree);
        load();
    }

    void load() {
        RosterFilter filter = filters.filter();
        List<RosterRow> rows = service.roster(filter);
        Map<Agency, Map<Agency, List<RosterRow>>> byKanwil = rows.stream().collect(Collectors.groupingBy(
                r -> Objects.requireNonNullElse(r.assignment().getOffice().getParent(), r.assignment().getOffice()),
                LinkedHashMap::new, Collectors.groupingBy(r -> r.assignment().getOffice(), LinkedHashMap::new,
                        Collectors.toList())));
        TreeData<RosterNode> data = new TreeData<>();
        byKanwil.forEach((kanwil, perOffice) -> {
            RosterNode kanwilNode = RosterNode.group(kanwil, villages(perOffice.values().stream()
                    .flatMap(List::stream).toList()));
            data.addItem(null, kanwilNode);
            perOffice.forEach((office, officeRows) -> {
                RosterNode officeNode = RosterNode.group(office, villages(officeRows));
                data.addItem(kanwilNode, officeNode);
                officeRows.forEach(r -> data.addItem(officeNode, RosterNode.assignment(r)));
            });
        });
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 2);
        tree.recalculateColumnWidths(); // auto widths follow the expanded village rows, headers included
        RosterTotals sums = service.totals(filter);
        totals.setText(getTranslation("desabinaan.totals", sums.villages(),
                sums.villagesIn(Program.DESA_BINAAN_IMIGRASI), sums.villagesIn(Program.DESA_MIGRAN_EMAS),
                sums.villagesIn(Program.OTHER)));
        updateButtons();
    }

    private static long villages(List<RosterRow> rows) {
        return rows.stream().map(r -> r.assignment().getVillageCode()).distinct().count();
    }

    private java.util.Optional<RosterRow> selected() {
        return tree.getSelectedItems().stream().filter(RosterNode::isAssignment).map(RosterNode::row).findFirst();
    }

    private void updateButtons() {
        RosterRow row = selected().orElse(null);
        boolean open = row != null && row.assignment().getStatus().isOpen();
        edit.setVisible(rights.canManageAssignments());
        end.setVisible(rights.canManageAssignments());
        edit.setEnabled(open);
        end.setEnabled(open);
        activities.setEnabled(row != null);
        history.setEnabled(row != null);
    }

    private void openAssignment(DesaBinaan assignment) {
        new AssignmentDialog(assignment, service, offices, regionService, officerService, this::load).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desabinaan.title");
    }
}
