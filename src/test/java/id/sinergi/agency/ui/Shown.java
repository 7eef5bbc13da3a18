package id.sinergi.agency.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;

/** What the user was shown besides the view itself. */
final class Shown {

    private Shown() {
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
