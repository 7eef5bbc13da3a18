package id.sinergi.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.sinergi.audit.AuditService;
import id.sinergi.base.ui.Notifications;
import id.sinergi.security.SessionService;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The user's own active sessions (where and since when), each of which they can end after re-entering the password. */
class SessionsPanel extends Composite<VerticalLayout> {

    private final SessionService sessions;
    final Grid<SessionService.SessionInfo> grid = new Grid<>();
    final Button endOthers = new Button();

    SessionsPanel(SessionService sessions) {
        this.sessions = sessions;
        grid.setId("sessions-grid");
        grid.addColumn(s -> time(s.startedAt())).setHeader(getTranslation("sessions.started")).setAutoWidth(true);
        grid.addColumn(s -> time(s.lastSeenAt())).setHeader(getTranslation("sessions.lastSeen")).setAutoWidth(true);
        grid.addColumn(SessionService.SessionInfo::clientAddress).setHeader(getTranslation("sessions.address")).setAutoWidth(true);
        grid.addColumn(s -> s.current() ? getTranslation("sessions.current") : browser(s.userAgent()))
                .setHeader(getTranslation("sessions.browser")).setFlexGrow(1);
        grid.addComponentColumn(this::endButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        endOthers.setText(getTranslation("sessions.endOthers"));
        endOthers.setId("sessions-end-others");
        endOthers.addClickListener(e -> new ReauthDialog("sessions.endOthers", true, false, (password, code) -> {
            sessions.endMyOtherSessions(password);
            Notifications.showSuccess(getTranslation("sessions.ended"));
            refresh();
        }).open());
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), grid, endOthers);
        refresh();
    }

    private Button endButton(SessionService.SessionInfo session) {
        Button end = new Button(getTranslation("sessions.end"));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        end.setVisible(!session.current());
        end.addClickListener(e -> new ReauthDialog("sessions.end", true, false, (password, code) -> {
            sessions.endMySession(session.id(), password);
            refresh();
        }).open());
        return end;
    }

    private void refresh() {
        grid.setItems(sessions.mySessions());
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", getLocale()).withZone(AuditService.DISPLAY_ZONE).format(instant);
    }

    /** A short name of the browser from the user agent, enough to recognise one's own devices. */
    static String browser(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        for (String name : new String[] {"Edg", "OPR", "Firefox", "Chrome", "Safari"}) {
            if (userAgent.contains(name + "/")) {
                String os = userAgent.contains("Android") ? "Android" : userAgent.contains("iPhone") ? "iPhone"
                        : userAgent.contains("Windows") ? "Windows" : userAgent.contains("Mac OS") ? "macOS"
                        : userAgent.contains("Linux") ? "Linux" : "";
                return name.replace("Edg", "Edge").replace("OPR", "Opera") + (os.isEmpty() ? "" : " · " + os);
            }
        }
        return userAgent.length() > 40 ? userAgent.substring(0, 40) + "…" : userAgent;
    }
}
