package id.sinergi.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerFilter;
import id.sinergi.agency.OfficerService;
import id.sinergi.user.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Officers (Petugas): everyone searches them; administrators and coordinators keep them. */
@Route("officers")
@Menu(order = 72, title = "menu.officers", icon = "vaadin:user-card")
@PermitAll
public class OfficersView extends VerticalLayout implements HasDynamicTitle {

    private final OfficerService officerService;
    private final AgencyService agencyService;
    private final boolean canEdit;
    final TextField search = new TextField();
    final ComboBox<Agency> agency = new ComboBox<>();
    final Checkbox activeOnly = new Checkbox();
    final Button create = new Button();
    final Grid<Officer> grid = new Grid<>();

    OfficersView(OfficerService officerService, AgencyService agencyService, CurrentUser currentUser) {
        this.officerService = officerService;
        this.agencyService = agencyService;
        this.canEdit = EditRights.canEdit(currentUser);
        addClassName("sinergi-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("officers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("officers-search");
        agency.setPlaceholder(getTranslation("officers.filter.agency"));
        agency.setItems(agencyService.listActive());
        agency.setItemLabelGenerator(AgencyTexts::label);
        agency.setClearButtonVisible(true);
        agency.setId("officers-agency");
        activeOnly.setLabel(getTranslation("officers.filter.activeOnly"));
        activeOnly.setValue(true);
        activeOnly.setId("officers-active-only");
        search.addValueChangeListener(e -> refresh());
        agency.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("officers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openDialog(Officer.blank()));
        create.setId("officers-new");
        create.setVisible(canEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, agency, activeOnly, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setWrap(true);

        grid.addColumn(Officer::getName).setHeader(getTranslation("officer.name")).setKey("name").setSortProperty("name")
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(Officer::getName);
        grid.addColumn(Officer::getNip).setHeader(getTranslation("officer.nip")).setKey("nip").setSortProperty("nip")
                .setAutoWidth(true);
        grid.addColumn(Officer::getPosition).setHeader(getTranslation("officer.position")).setKey("position")
                .setSortProperty("position").setWidth("14rem").setFlexGrow(2).setTooltipGenerator(Officer::getPosition);
        grid.addColumn(o -> o.getAgency().getAbbreviation()).setHeader(getTranslation("officer.agency")).setKey("agency")
                .setAutoWidth(true);
        grid.addColumn(Officer::getPhone).setHeader(getTranslation("officer.phone")).setKey("phone").setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.isActive() ? "officer.status.active" : "officer.status.inactive"))
                .setHeader(getTranslation("agency.status")).setKey("status").setAutoWidth(true);
        grid.setItems(query -> officerService.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) officerService.count(filter()));
        if (canEdit) {
            grid.addItemClickListener(e -> officerService.findById(e.getItem().getId()).ifPresent(this::openDialog));
        }
        grid.setSizeFull();
        grid.setId("officers-grid");
        add(toolbar, grid);
    }

    private OfficerFilter filter() {
        return new OfficerFilter(search.getValue(), agency.getValue() == null ? null : agency.getValue().getId(),
                activeOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openDialog(Officer officer) {
        new OfficerDialog(officer, officerService, agencyService.listActive(), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.officers");
    }
}
