package id.sinergi.action.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.sinergi.audit.AuditEvent;
import id.sinergi.base.ui.ChangeLines;
import java.util.List;

/**
 * The item's audit trail, newest first: when, who, what happened and each changed field with its old and new value.
 * Field names and known values (statuses, strategies) are shown in the reader's language.
 */
class HistoryPanel extends Div {

    private static final List<String> VALUE_PREFIXES = List.of("actionItem.status.", "actionItem.strategy.",
            "actionItem.extension.");

    HistoryPanel(List<AuditEvent> events) {
        setId("history");
        add(new H3(getTranslation("itemHistory.title")));
        ChangeLines lines = new ChangeLines(this::getTranslation, getLocale(), field -> "itemHistory.field." + field,
                (field, raw) -> VALUE_PREFIXES.stream().map(prefix -> prefix + raw).toList());
        UnorderedList list = new UnorderedList();
        list.addClassName("sinergi-history");
        for (AuditEvent event : events.reversed()) {
            Span meta = new Span(ActionItemFormat.dateTime(event.getOccurredAt(), getLocale()) + " — "
                    + event.getUsername() + " — " + translated("itemHistory.action." + event.getAction(), event.getAction()));
            meta.addClassName("sinergi-meta");
            ListItem item = new ListItem(meta);
            List<String> changed = lines.of(event.getDetails());
            if (!changed.isEmpty()) {
                UnorderedList changes = new UnorderedList();
                changed.forEach(line -> changes.add(new ListItem(line)));
                item.add(changes);
            }
            list.add(item);
        }
        add(list);
    }

    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
