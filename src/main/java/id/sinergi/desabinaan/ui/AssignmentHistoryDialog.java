package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import id.sinergi.audit.AuditEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An assignment's history, newest first: when, who, what happened and each changed field with its old and new value,
 * field names and known values (program, status, risk, reason) in the reader's language.
 */
class AssignmentHistoryDialog extends Dialog {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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
        grid.addColumn(e -> changes(e.getDetails())).setHeader(getTranslation("desabinaan.history.changes"))
                .setKey("changes").setFlexGrow(1);
        grid.setItems(events.reversed());
        grid.setAllRowsVisible(true);
        grid.addClassName("sinergi-notes");
        grid.setId("assignment-history");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(64em, 100vw)");
    }

    private String changes(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        return Arrays.stream(details.split("\n")).map(this::change).collect(Collectors.joining("; "));
    }

    /** "risk: LOW → HIGH" reads "Tingkat risiko: Rendah → Tinggi". */
    private String change(String line) {
        int colon = line.indexOf(": ");
        int arrow = line.indexOf(" → ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        String label = translated("desabinaan." + field, field);
        if (arrow < colon) {
            return label + ": " + value(field, line.substring(colon + 2));
        }
        return label + ": " + value(field, line.substring(colon + 2, arrow)) + " → "
                + value(field, line.substring(arrow + 3));
    }

    private String value(String field, String raw) {
        if ("null".equals(raw) || raw.isEmpty()) {
            return "–";
        }
        if (ISO_DATE.matcher(raw).matches()) {
            return Texts.date(LocalDate.parse(raw));
        }
        return translated("desabinaan." + field + "." + raw, raw);
    }

    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
