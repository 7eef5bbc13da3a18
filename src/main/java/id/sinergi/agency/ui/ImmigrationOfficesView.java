package id.sinergi.agency.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOffice;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficeKind;
import id.sinergi.region.RegionService;
import id.sinergi.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Immigration offices as a tree, Kanwil → Kanim / Rudenim, with class and working area. Editors change them. */
@Route("immigration-offices")
@Menu(order = 71, title = "menu.immigrationOffices", icon = "vaadin:building")
@PermitAll
public class ImmigrationOfficesView extends VerticalLayout implements HasDynamicTitle {

    private final ImmigrationOfficeService officeService;
    private final AgencyService agencyService;
    private final RegionChoices regions;
    private final boolean canEdit;
    private final Map<Long, ImmigrationOffice> offices = new HashMap<>();
    final Checkbox showEnded = new Checkbox();
    final TreeGrid<Agency> tree = new TreeGrid<>();

    ImmigrationOfficesView(ImmigrationOfficeService officeService, AgencyService agencyService,
                           RegionService regionService, CurrentUser currentUser) {
        this.officeService = officeService;
        this.agencyService = agencyService;
        this.regions = new RegionChoices(regionService);
        this.canEdit = EditRights.canEdit(currentUser);
        addClassName("sinergi-page");
        setSizeFull();
        showEnded.setLabel(getTranslation("offices.showEnded"));
        showEnded.setId("offices-show-ended");
        showEnded.addValueChangeListener(e -> load());
        LocalDate today = LocalDate.now();
        tree.addHierarchyColumn(AgencyTexts::label).setHeader(getTranslation("offices.office")).setKey("office")
                .setWidth("22rem").setFlexGrow(3).setTooltipGenerator(AgencyTexts::label);
        tree.addColumn(a -> kindOf(a)).setHeader(getTranslation("office.kind")).setKey("kind").setAutoWidth(true);
        tree.addColumn(a -> officeOf(a) == null || officeOf(a).getOfficeClass() == null ? ""
                : getTranslation(officeOf(a).getOfficeClass().messageKey()))
                .setHeader(getTranslation("office.class")).setKey("class").setAutoWidth(true);
        tree.addColumn(this::workingArea).setHeader(getTranslation("office.workingArea")).setKey("workingArea")
                .setWidth("16rem").setFlexGrow(2).setTooltipGenerator(this::workingArea);
        tree.addColumn(a -> AgencyTexts.status(a, today)).setHeader(getTranslation("agency.status")).setKey("status")
                .setAutoWidth(true);
        if (canEdit) {
            tree.addItemClickListener(e -> openDialog(e.getItem()));
        }
        tree.setSizeFull();
        tree.setId("offices-tree");
        add(showEnded, tree);
        load();
    }

    private void load() {
        LocalDate today = LocalDate.now();
        boolean withEnded = showEnded.getValue();
        offices.clear();
        officeService.listAll().forEach(o -> offices.put(o.getAgencyId(), o));
        List<Agency> shown = new ArrayList<>();
        offices.values().stream().map(ImmigrationOffice::getAgency).forEach(shown::add);
        shown.addAll(officeService.listWithoutDetails());
        shown.removeIf(a -> !withEnded && a.isEndedOn(today));
        shown.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));

        TreeData<Agency> data = new TreeData<>();
        List<Agency> roots = shown.stream().filter(a -> kanwilOf(a) == null || !shown.contains(kanwilOf(a))).toList();
        data.addItems(null, roots);
        for (Agency agency : shown) {
            if (!roots.contains(agency)) {
                data.addItem(kanwilOf(agency), agency);
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(roots);
    }

    /** The Kanwil an office sits under (its parent, when that is a Kanwil); null for a Kanwil or an orphan. */
    private Agency kanwilOf(Agency agency) {
        Agency parent = agency.getParent();
        ImmigrationOffice parentOffice = parent == null ? null : offices.get(parent.getId());
        return parentOffice != null && parentOffice.getKind() == OfficeKind.KANWIL ? parentOffice.getAgency() : null;
    }

    private ImmigrationOffice officeOf(Agency agency) {
        return offices.get(agency.getId());
    }

    private String kindOf(Agency agency) {
        ImmigrationOffice office = officeOf(agency);
        return office == null ? getTranslation("offices.kindNotSet") : getTranslation(office.getKind().messageKey());
    }

    private String workingArea(Agency agency) {
        ImmigrationOffice office = officeOf(agency);
        return office == null ? "" : office.getWorkingArea().stream().map(regions::name).collect(Collectors.joining(", "));
    }

    private void openDialog(Agency agency) {
        Agency fresh = agencyService.findById(agency.getId()).orElse(agency);
        List<Agency> kanwils = officeService.listKanwils().stream().map(ImmigrationOffice::getAgency)
                .filter(k -> !k.isEndedOn(LocalDate.now())).toList();
        new OfficeDialog(fresh, officeService.findByAgencyId(agency.getId()).orElse(null), officeService, kanwils,
                regions, this::load).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.immigrationOffices");
    }
}
