package id.sinergi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The side navigation as one element: Vaadin's side navigation web components, written as HTML into it. The browser
 * gets the same items as from {@link SideNav} (they mark the current view and navigate inside the app), but each open
 * page keeps one string on the server instead of a component per item and per icon (8 items were 25 of the action items
 * list's 77 state nodes). The text is the same for every user of one role and language, so it is kept once (interned).
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
final class MenuLinks extends Component {

    /** One item per menu entry the user may open, labelled by {@code translate} of its title key. */
    MenuLinks(List<MenuEntry> entries, UnaryOperator<String> translate) {
        setId("main-nav");
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element items = document.body();
        for (MenuEntry entry : entries) {
            Element item = items.appendElement("vaadin-side-nav-item").attr("path", entry.path());
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(translate.apply(entry.title()));
        }
        getElement().setProperty("innerHTML", items.html().intern());
    }
}
