package id.sinergi.action.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.sinergi.audit.AuditEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The item's audit trail, newest first: when, who, what happened and each changed field with its old and new value.
 * Field names and known values (statuses, strategies) are shown in the reader's language.
 */
class HistoryPanel extends Div {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    HistoryPanel(List<AuditEvent> events) {
        setId("history");
        add(new H3(getTranslation("itemHistory.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("sinergi-history");
        for (AuditEvent event : events.reversed()) {
            Span meta = new Span(ActionItemFormat.dateTime(event.getOccurredAt(), getLocale()) + " — "
                    + event.getUsername() + " — " + translated("itemHistory.action." + event.getAction(), event.getAction()));
            meta.addClassName("sinergi-meta");
            ListItem item = new ListItem(meta);
            if (event.getDetails() != null && !event.getDetails().isBlank()) {
                UnorderedList changes = new UnorderedList();
                for (String line : event.getDetails().split("\n")) {
                    changes.add(new ListItem(change(line)));
                }
                item.add(changes);
            }
            list.add(item);
        }
        add(list);
    }

    /** "status: NOT_STARTED → IN_PROGRESS" becomes "Status: Belum dimulai → Sedang berjalan". */
    private String change(String line) {
        int colon = line.indexOf(": ");
        int arrow = line.indexOf(" → ");
        if (colon < 0 || arrow < colon) {
            return line;
        }
        String field = line.substring(0, colon);
        String before = line.substring(colon + 2, arrow);
        String after = line.substring(arrow + 3);
        return translated("itemHistory.field." + field, field) + ": " + value(before) + " → " + value(after);
    }

    private String value(String raw) {
        if ("null".equals(raw)) {
            return "–";
        }
        if (ISO_DATE.matcher(raw).matches()) {
            return ActionItemFormat.date(LocalDate.parse(raw), getLocale());
        }
        for (String prefix : new String[] {"actionItem.status.", "actionItem.strategy.", "actionItem.extension."}) {
            String text = getTranslation(prefix + raw);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return raw;
    }

    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
