package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import id.sinergi.audit.AuditEvent;
import id.sinergi.base.ui.ChangeLines;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An assignment's history, newest first: when, who, what happened and each changed field with its old and new value,
 * field names and known values (program, status, risk, reason) in the reader's language.
 */
class AssignmentHistoryDialog extends Dialog {

    final Grid<AuditEvent> grid = new Grid<>();

    AssignmentHistoryDialog(String villageName, List<AuditEvent> events) {
        setHeaderTitle(getTranslation("desabinaan.history.title", villageName));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(e -> when.format(e.getOccurredAt())).setHeader(getTranslation("desabinaan.history.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getUsername).setHeader(getTranslation("desabinaan.history.who")).setKey("who")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> translated("desabinaan.history.action." + e.getAction(), e.getAction()))
                .setHeader(getTranslation("desabinaan.history.what")).setKey("what").setAutoWidth(true).setFlexGrow(0);
        ChangeLines lines = new ChangeLines(this::getTranslation, getLocale(), field -> "desabinaan." + field,
                (field, raw) -> List.of("desabinaan." + field + "." + raw));
        grid.addColumn(e -> String.join("; ", lines.of(e.getDetails()))).setHeader(getTranslation("desabinaan.history.changes"))
                .setKey("changes").setFlexGrow(1);
        grid.setItems(events.reversed());
        grid.setAllRowsVisible(true);
        grid.addClassName("sinergi-notes");
        grid.setId("assignment-history");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(64em, 100vw)");
    }

    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
