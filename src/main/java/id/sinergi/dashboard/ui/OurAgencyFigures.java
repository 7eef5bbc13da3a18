package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import id.sinergi.action.ui.OurItemsHeader;
import id.sinergi.dashboard.AgencyProgress;
import id.sinergi.dashboard.DashboardService;
import java.util.Optional;

/** A liaison's home: their agency's figures (all its action items by status) above "our agency's items". */
@org.springframework.stereotype.Component
class OurAgencyFigures implements OurItemsHeader {

    private final DashboardService service;

    OurAgencyFigures(DashboardService service) {
        this.service = service;
    }

    @Override
    public Component create() {
        Div card = new Div();
        card.setId("our-agency-figures");
        card.addClassNames("sinergi-card", "sinergi-dashboard-panel");
        Optional<AgencyProgress> ours = service.ourAgency();
        ours.ifPresent(agency -> {
            HeadlineFigures figures = new HeadlineFigures();
            card.add(new H3(card.getTranslation("dashboard.ourAgency.title", agency.abbreviation())), figures);
            figures.showItems(agency.counts());
        });
        card.setVisible(ours.isPresent());
        return card;
    }
}
