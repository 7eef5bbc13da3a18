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
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyFilter;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.AgencySuccessionService;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import id.sinergi.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/** Agencies (Instansi): everyone searches and filters them; administrators and coordinators keep them. */
@Route("agencies")
@Menu(order = 70, title = "menu.agencies", icon = "vaadin:institution")
@PermitAll
public class AgenciesView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyService agencyService;
    private final AgencySuccessionService successionService;
    private final RegionService regionService;
    private final RegionChoices regions;
    private final boolean canEdit;
    final TextField search = new TextField();
    final ComboBox<AgencyCategory> category = new ComboBox<>();
    final RegionPicker region;
    final Checkbox activeOnly = new Checkbox();
    final Button create = new Button();
    final Grid<Agency> grid = new Grid<>();

    AgenciesView(AgencyService agencyService, AgencySuccessionService successionService, RegionService regionService,
                 CurrentUser currentUser) {
        this.agencyService = agencyService;
        this.successionService = successionService;
        this.regionService = regionService;
        this.regions = new RegionChoices(regionService);
        this.region = new RegionPicker(regionService);
        this.canEdit = EditRights.canEdit(currentUser);
        addClassName("sinergi-page");
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("agencies.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("agencies-search");
        category.setPlaceholder(getTranslation("agencies.filter.category"));
        category.setItems(AgencyCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setClearButtonVisible(true);
        category.setId("agencies-category");
        region.setPlaceholder(getTranslation("agencies.filter.region"));
        region.setId("agencies-region");
        activeOnly.setLabel(getTranslation("agencies.filter.activeOnly"));
        activeOnly.setValue(true);
        activeOnly.setId("agencies-active-only");
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("agencies.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openDialog(Agency.blank()));
        create.setId("agencies-new");
        create.setVisible(canEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, category, region, activeOnly, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureGrid() {
        LocalDate today = LocalDate.now();
        grid.addColumn(Agency::getName).setHeader(getTranslation("agency.name")).setKey("name")
                .setSortProperty("name").setWidth("20rem").setFlexGrow(3).setTooltipGenerator(Agency::getName);
        grid.addColumn(Agency::getAbbreviation).setHeader(getTranslation("agency.abbreviation")).setKey("abbreviation")
                .setSortProperty("abbreviation").setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.getCategory().messageKey())).setHeader(getTranslation("agency.category"))
                .setKey("category").setSortProperty("category").setAutoWidth(true);
        grid.addColumn(a -> a.getParent() == null ? "" : a.getParent().getAbbreviation())
                .setHeader(getTranslation("agency.parent")).setKey("parent").setAutoWidth(true);
        grid.addColumn(a -> regions.path(a.getRegionCode())).setHeader(getTranslation("agency.region"))
                .setKey("region").setAutoWidth(true);
        grid.addColumn(a -> AgencyTexts.status(a, today)).setHeader(getTranslation("agency.status"))
                .setKey("status").setSortProperty("validTo").setAutoWidth(true);
        grid.setItems(query -> agencyService.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) agencyService.count(filter()));
        if (canEdit) {
            grid.addItemClickListener(e -> agencyService.findById(e.getItem().getId()).ifPresent(this::openDialog));
        }
        grid.setSizeFull();
        grid.setId("agencies-grid");
    }

    private AgencyFilter filter() {
        return new AgencyFilter(search.getValue(), category.getValue(),
                region.getValue() == null ? null : region.getValue().getCode(), activeOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openDialog(Agency agency) {
        new AgencyDialog(agency, agencyService, successionService, regionService, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.agencies");
    }
}
