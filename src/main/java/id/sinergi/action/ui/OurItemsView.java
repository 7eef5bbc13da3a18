package id.sinergi.action.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.action.ActionItemSummary;
import id.sinergi.action.ActionItemService;
import id.sinergi.user.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A liaison's own work: the items their agency is responsible for, overdue and due soon first, closed ones last; above
 * them what {@link OurItemsHeader} beans add (the agency's figures).
 */
@Route("our-items")
@Menu(order = 1, title = "menu.ourItems", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.LIAISON_NAME)
public class OurItemsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ActionItemSummary> grid = new Grid<>();

    OurItemsView(ActionItemService service, ObjectProvider<OurItemsHeader> headers) {
        addClassName("sinergi-page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("ourItems.intro"));
        intro.setId("our-items-intro");
        ActionItemColumns.addTo(grid, false);
        grid.setItems(query -> service.listOurs(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countOurs());
        ActionItemColumns.openOnClick(grid, ActionItemSummary::id);
        grid.setSizeFull();
        grid.setId("our-items-grid");
        headers.orderedStream().map(OurItemsHeader::create).forEach(this::add);
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ourItems");
    }
}
