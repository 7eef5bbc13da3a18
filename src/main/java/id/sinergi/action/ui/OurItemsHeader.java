package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import id.sinergi.base.ui.UiExtensionPoint;

/**
 * Extension point of a liaison's "our agency's items" page: every Spring bean implementing it adds a component above
 * the list (the dashboard adds the agency's figures). A new component is asked for each time the page opens.
 */
@UiExtensionPoint
public interface OurItemsHeader {

    Component create();
}
