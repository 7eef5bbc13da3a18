package id.sinergi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unexpected errors reach the user as a short message in their language, never as a stack trace. */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key = Notifications.keyFor(error);
        if ("error.unexpected".equals(key)) {
            LOG.error("Unexpected error in the UI", error);
        } else {
            LOG.debug("Refused: {}", error.toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.showError(error));
        }
    }
}
