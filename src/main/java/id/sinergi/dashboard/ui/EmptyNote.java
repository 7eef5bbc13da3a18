package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * The sentence shown in place of an empty table or chart, right after it. The paragraph is made the first time it is
 * needed, so a dashboard with data in every panel keeps no hidden paragraphs in the session (each component costs
 * server memory for every user who has the dashboard open).
 */
final class EmptyNote {

    private final Component after;
    private final String id;
    private final String text;
    private Paragraph note;

    /** {@code after} must already be in its parent when {@link #show} is first called. */
    EmptyNote(Component after, String id, String text) {
        this.after = after;
        this.id = id;
        this.text = text;
    }

    void show(boolean empty) {
        if (empty && note == null) {
            note = new Paragraph(text);
            note.setId(id);
            Element parent = after.getElement().getParent();
            parent.insertChild(parent.indexOfChild(after.getElement()) + 1, note.getElement());
        }
        if (note != null) {
            note.setVisible(empty);
        }
    }
}
