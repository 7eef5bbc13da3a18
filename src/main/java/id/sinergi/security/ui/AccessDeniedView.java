package id.sinergi.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sinergi.audit.AuditService;
import id.sinergi.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a logged-in user opens a view their role may not open; every such refusal is audited. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final AuditService audit;
    private final CurrentUser currentUser;

    AccessDeniedView(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        addClassName("sinergi-page");
        setId("access-denied");
        Anchor home = new Anchor("", getTranslation("accessDenied.home"));
        add(new H2(getTranslation("accessDenied.title")), new Paragraph(getTranslation("accessDenied.text")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        currentUser.get().ifPresent(user -> audit.recordStandalone("ACCESS_DENIED", user.getUsername(),
                "view: /" + event.getLocation().getPathWithQueryParameters() + "\nrole: " + user.role()));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessDenied.title");
    }
}
