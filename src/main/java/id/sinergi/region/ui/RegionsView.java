package id.sinergi.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.region.Region;
import id.sinergi.region.RegionImporter;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The Kemendagri region list: every role may browse and search it (it is public reference data); only administrators
 * see the import, and {@link RegionImporter} refuses anyone else anyway.
 */
@Route("regions")
@Menu(order = 80, title = "menu.regions", icon = "vaadin:map-marker")
@PermitAll
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<RegionLevel> level = new Select<>();
    final Grid<Region> grid = new Grid<>();
    final Span count = new Span();
    final Button importButton = new Button();
    private final RegionService regions;

    RegionsView(RegionService regions, RegionImporter importer, CurrentUser currentUser,
                @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.regions = regions;
        addClassName("sinergi-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("region.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("regions-search");
        search.addValueChangeListener(e -> refresh());
        level.setItems(RegionLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("region.levelFilter") : getTranslation(l.messageKey()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("region.levelFilter"));
        level.setAriaLabel(getTranslation("region.level"));
        level.setId("regions-level");
        level.addValueChangeListener(e -> refresh());
        count.setId("regions-count");

        importButton.setText(getTranslation("region.import.open"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("regions-import");
        importButton.addClickListener(e -> new RegionImportDialog(importer, executor, this::refresh).open());
        importButton.setVisible(currentUser.hasRole(Role.ADMIN));

        HorizontalLayout toolbar = new HorizontalLayout(search, level, count, importButton);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        grid.addColumn(Region::getCode).setHeader(getTranslation("region.code")).setKey("code").setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Region::getName).setHeader(getTranslation("region.name")).setKey("name").setSortProperty("name")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.getLevel().messageKey())).setHeader(getTranslation("region.level"))
                .setKey("level").setSortProperty("level").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Region::getDisplayPath).setHeader(getTranslation("region.path")).setKey("path").setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.isRetired() ? "region.status.retired" : "region.status.active"))
                .setHeader(getTranslation("region.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> regions.list(search.getValue(), level.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) regions.count(search.getValue(), level.getValue()));
        grid.setSizeFull();
        grid.setId("regions-grid");

        Span note = new Span(getTranslation("region.readOnlyNote"));
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(toolbar, grid, note);
        updateCount();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("region.count", regions.count(search.getValue(), level.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.regions");
    }
}
