package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import id.sinergi.dashboard.Headline;
import id.sinergi.dashboard.StatusCounts;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The headline figures as labelled tiles; overdue stands out by an outline and its label, not colour alone. The tiles
 * are written as escaped HTML into one element: they only show figures, and a component per tile, number and label
 * kept some 50 server-side nodes per user. Only the HTML stays in the session, not the tree it is built from.
 */
class HeadlineFigures extends Composite<Div> {

    HeadlineFigures() {
        getContent().addClassName("sinergi-figures");
        getContent().setId("dashboard-figures");
    }

    void show(Headline headline) {
        Locale locale = getLocale();
        Element all = items(headline.items(), locale);
        tile(all, "meetingsHeld", headline.meetingsHeld(), locale);
        tile(all, "villages", headline.villagesFostered(), locale);
        tile(all, "activities", headline.activitiesThisQuarter(), locale);
        tile(all, "participants", headline.participantsThisQuarter(), locale);
        write(all);
    }

    /** Just the action item tiles (also a liaison's own agency). */
    void showItems(StatusCounts items) {
        write(items(items, getLocale()));
    }

    private Element items(StatusCounts items, Locale locale) {
        Element all = new Element("div");
        tile(all, "total", items.total(), locale);
        tile(all, "done", items.done(), locale);
        tile(all, "inProgress", items.inProgress(), locale);
        tile(all, "notStarted", items.notStarted(), locale);
        Element overdue = tile(all, "overdue", items.overdue(), locale);
        if (items.overdue() > 0) {
            overdue.addClass("sinergi-figure-alert");
        }
        add(all, "percentDone", DashboardFormat.percent(items.percentDone(), locale));
        return all;
    }

    private void write(Element all) {
        getContent().getElement().setProperty("innerHTML", all.html());
    }

    private Element tile(Element all, String name, long value, Locale locale) {
        return add(all, name, DashboardFormat.number(value, locale));
    }

    private Element add(Element all, String name, String value) {
        Element tile = all.appendElement("div").addClass("sinergi-figure");
        tile.appendElement("span").addClass("sinergi-figure-value").id("figure-" + name).text(value);
        tile.appendElement("span").addClass("sinergi-figure-label").text(getTranslation("dashboard.figure." + name));
        return tile;
    }
}
