package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.sinergi.dashboard.Headline;
import id.sinergi.dashboard.StatusCounts;
import java.util.Locale;

/** The headline figures as labelled tiles; overdue stands out by an outline and its label, not colour alone. */
class HeadlineFigures extends Composite<Div> {

    HeadlineFigures() {
        getContent().addClassName("sinergi-figures");
        getContent().setId("dashboard-figures");
    }

    void show(Headline headline) {
        Locale locale = getLocale();
        showItems(headline.items());
        tile("meetingsHeld", headline.meetingsHeld(), locale);
        tile("villages", headline.villagesFostered(), locale);
        tile("activities", headline.activitiesThisQuarter(), locale);
        tile("participants", headline.participantsThisQuarter(), locale);
    }

    /** Just the action item tiles (also a liaison's own agency). */
    void showItems(StatusCounts items) {
        Locale locale = getLocale();
        getContent().removeAll();
        tile("total", items.total(), locale);
        tile("done", items.done(), locale);
        tile("inProgress", items.inProgress(), locale);
        tile("notStarted", items.notStarted(), locale);
        Div overdue = tile("overdue", items.overdue(), locale);
        if (items.overdue() > 0) {
            overdue.addClassName("sinergi-figure-alert");
        }
        add("percentDone", DashboardFormat.percent(items.percentDone(), locale));
    }

    private Div tile(String name, long value, Locale locale) {
        return add(name, DashboardFormat.number(value, locale));
    }

    private Div add(String name, String value) {
        Span number = new Span(value);
        number.addClassName("sinergi-figure-value");
        number.setId("figure-" + name);
        Span label = new Span(getTranslation("dashboard.figure." + name));
        label.addClassName("sinergi-figure-label");
        Div tile = new Div(number, label);
        tile.addClassName("sinergi-figure");
        getContent().add(tile);
        return tile;
    }
}
