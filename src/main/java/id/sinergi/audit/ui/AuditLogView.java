package id.sinergi.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.audit.AuditEvent;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import id.sinergi.user.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The audit trail for administrators: who did what, when (logins, failed logins, throttling, refused access, exports,
 * user and role changes, every audited change), filtered by time, user, action and entity, and exported to Excel.
 */
@Route("audit")
@Menu(order = 95, title = "menu.audit", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final TextField user = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> entityType = new ComboBox<>();
    final TextField entityId = new TextField();
    final Grid<AuditEvent> grid = new Grid<>();
    final Anchor export;
    private final AuditService audit;
    private volatile AuditFilter filter = AuditFilter.none();

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("sinergi-page");
        setSizeFull();
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        user.setLabel(getTranslation("audit.user"));
        user.setId("audit-user");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        entityType.setLabel(getTranslation("audit.entity"));
        entityType.setItems(audit.entityTypes());
        entityType.setClearButtonVisible(true);
        entityType.setId("audit-entity");
        entityId.setLabel(getTranslation("audit.entityId"));
        entityId.setId("audit-entity-id");
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setClearButtonVisible(true);
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        user.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());
        entityType.addValueChangeListener(e -> applyFilter());
        entityId.addValueChangeListener(e -> applyFilter());

        Locale locale = getLocale();
        export = new Anchor(exportHandler(locale), AttachmentType.DOWNLOAD, getTranslation("audit.export"));
        export.setId("audit-export");
        export.getElement().insertChild(0, VaadinIcon.DOWNLOAD.create().getElement());
        FlexLayout filters = new FlexLayout(from, to, user, action, entityType, entityId, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();

        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", locale).withZone(AuditService.DISPLAY_ZONE);
        grid.addColumn(e -> time.format(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setKey("occurredAt")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getUsername).setHeader(getTranslation("audit.user")).setKey("username")
                .setSortProperty("username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.action")).setKey("action")
                .setSortProperty("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getEntityType() == null ? "" : e.getEntityType() + " " + e.getEntityId())
                .setHeader(getTranslation("audit.entity")).setKey("entity").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setKey("details").setFlexGrow(1);
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter));
        grid.setId("audit-grid");
        grid.setSizeFull();
        add(filters, grid);
    }

    private void applyFilter() {
        filter = new AuditFilter(instant(from.getValue()), instant(to.getValue()), user.getValue(), action.getValue(),
                entityType.getValue(), entityId.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** Writes the workbook straight into the response, for the filter shown at the moment of the click. */
    private DownloadHandler exportHandler(Locale locale) {
        return event -> {
            event.setFileName("audit-" + LocalDateTime.now(AuditService.DISPLAY_ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            audit.export(filter, locale, event.getOutputStream());
        };
    }

    private static java.time.Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(AuditService.DISPLAY_ZONE).toInstant();
    }

    AuditFilter currentFilter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
